using Adology.Modules.Ai.Embeddings;

namespace Adology.Modules.Ai.Similarity;

/// <summary>
/// Nearest neighbours by cosine over one brand's creatives: the embeddings scaled to unit length in one contiguous
/// matrix. A search streams the rows' signed-byte copies (<see cref="QuantizedRows"/>, a quarter of the bytes) with
/// SIMD, in parallel blocks, to a shortlist well beyond k, then ranks the shortlist by the exact cosine. Immutable
/// once built, so any number of threads may query it at once.
/// </summary>
internal sealed class SimilarityIndex
{
    private const int Block = 8192;

    // Quantisation moves a dot product by about 0.001: the true k best are far inside a shortlist this long.
    private const int ShortlistFactor = 4;
    private const int ShortlistExtra = 32;

    private readonly RowMatrix rows;
    private readonly QuantizedRows quantized;
    private readonly Guid[] ids;
    private readonly Dictionary<Guid, int> rowOf;

    /// <exception cref="ArgumentException">An id is repeated, or the embeddings are not all of one dimension.</exception>
    public SimilarityIndex(IReadOnlyList<(Guid Id, float[] Embedding)> items)
        : this([.. items.Select(item => item.Id)], RowMatrix.Of([.. items.Select(item => item.Embedding)]))
    {
    }

    /// <summary>
    /// Over <paramref name="rows"/> themselves, which the index takes over and scales to unit length in place: a brand's
    /// vectors are held once, not once by the analysis and again by its index.
    /// </summary>
    /// <exception cref="ArgumentException">An id is repeated, or there is not one id a row.</exception>
    public SimilarityIndex(Guid[] ids, RowMatrix rows)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNotEqual(ids.Length, rows.Count, nameof(ids));
        this.ids = ids;
        rowOf = new Dictionary<Guid, int>(ids.Length);
        for (var row = 0; row < ids.Length; row++)
        {
            if (!rowOf.TryAdd(ids[row], row))
            {
                throw new ArgumentException($"creative {ids[row]} is listed twice", nameof(ids));
            }
        }

        rows.NormalizeRows();
        this.rows = rows;
        quantized = new QuantizedRows(rows);
    }

    public int Count => ids.Length;

    public bool Contains(Guid id) => rowOf.ContainsKey(id);

    /// <summary>The <paramref name="k"/> creatives most like <paramref name="id"/>, most alike first, itself left out.</summary>
    /// <exception cref="KeyNotFoundException">The creative is not in the index.</exception>
    public (Guid Id, float Score)[] Nearest(Guid id, int k) =>
        rowOf.TryGetValue(id, out var row)
            ? Search(rows[row].ToArray(), k, row)
            : throw new KeyNotFoundException($"creative {id} is not in the index");

    /// <summary>The <paramref name="k"/> creatives most like an embedding from outside the index, most alike first.</summary>
    public (Guid Id, float Score)[] Nearest(ReadOnlySpan<float> embedding, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(embedding.Length, rows.Dimensions, nameof(embedding));
        return Search(EmbeddingMath.Normalized(embedding), k, excluded: -1);
    }

    private (Guid Id, float Score)[] Search(float[] query, int k, int excluded)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        k = Math.Min(k, Count - (excluded >= 0 ? 1 : 0));
        if (k <= 0)
        {
            return [];
        }

        var (codes, scale) = quantized.Query(query);
        var shortlist = Math.Min(Count, (k * ShortlistFactor) + ShortlistExtra);
        var blocks = (Count + Block - 1) / Block;
        var best = new TopScores[blocks];
        Parallel.For(0, blocks, block =>
        {
            var top = new TopScores(shortlist);
            var end = Math.Min(Count, (block + 1) * Block);
            for (var row = block * Block; row < end; row++)
            {
                if (row != excluded)
                {
                    top.Offer(quantized.ApproximateDot(codes, scale, row), row);
                }
            }

            best[block] = top;
        });

        var merged = new TopScores(k);
        foreach (var candidate in best.SelectMany(top => top.Best()))
        {
            merged.Offer(EmbeddingMath.Dot(query, rows[candidate.Row]), candidate.Row);
        }

        return [.. merged.Best().Select(hit => (ids[hit.Row], hit.Score))];
    }
}
