using Adology.Modules.Ai.Embeddings;

namespace Adology.Modules.Ai.Similarity;

/// <summary>
/// Nearest neighbours by cosine over one brand's creatives, their embeddings scaled to unit length. A search streams
/// the rows' signed-byte copies (<see cref="QuantizedRows"/>, the one copy of every row the index holds) with SIMD, in
/// parallel blocks, to a shortlist well beyond k, then ranks the shortlist by the exact cosine, reading just those
/// rows from their source. Immutable once built, so any number of threads may query it at once.
/// </summary>
internal sealed class SimilarityIndex
{
    private const int Block = 8192;

    // Quantisation moves a dot product by about 0.001: the true k best are far inside a shortlist this long.
    private const int ShortlistFactor = 4;
    private const int ShortlistExtra = 32;

    private readonly UnitRows rows;
    private readonly QuantizedRows quantized;
    private readonly Guid[] ids;
    private readonly Dictionary<Guid, int> rowOf;

    /// <exception cref="ArgumentException">An id is repeated, or the embeddings are not all of one dimension.</exception>
    public SimilarityIndex(IReadOnlyList<(Guid Id, float[] Embedding)> items)
        : this([.. items.Select(item => item.Id)], RowMatrix.Of([.. items.Select(item => item.Embedding)]))
    {
    }

    /// <summary>
    /// Over <paramref name="rows"/>, which the index keeps and reads again (scaled to unit length) only for a search's
    /// shortlist: a brand's vectors computed from their stored form (<see cref="Analysis.BrandVectors"/>) are not
    /// held as floats.
    /// </summary>
    /// <exception cref="ArgumentException">An id is repeated, or there is not one id a row.</exception>
    public SimilarityIndex(Guid[] ids, IRows rows)
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

        this.rows = new UnitRows(rows);
        quantized = new QuantizedRows(this.rows);
    }

    public int Count => ids.Length;

    public bool Contains(Guid id) => rowOf.ContainsKey(id);

    /// <summary>The <paramref name="k"/> creatives most like <paramref name="id"/>, most alike first, itself left out.</summary>
    /// <exception cref="KeyNotFoundException">The creative is not in the index.</exception>
    public (Guid Id, float Score)[] Nearest(Guid id, int k) =>
        rowOf.TryGetValue(id, out var row)
            ? Search(rows.ToArray(row), k, row)
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
        var vector = new float[rows.Dimensions];
        foreach (var candidate in best.SelectMany(top => top.Best()))
        {
            rows.Read(candidate.Row, vector);
            merged.Offer(EmbeddingMath.Dot(query, vector), candidate.Row);
        }

        return [.. merged.Best().Select(hit => (ids[hit.Row], hit.Score))];
    }

    /// <summary>The rows as read, each scaled to unit length; an all-zero row stays all zeros.</summary>
    private sealed class UnitRows(IRows rows) : IRows
    {
        public int Count => rows.Count;

        public int Dimensions => rows.Dimensions;

        public void Read(int row, Span<float> destination)
        {
            rows.Read(row, destination);
            EmbeddingMath.Normalize(destination);
        }
    }
}
