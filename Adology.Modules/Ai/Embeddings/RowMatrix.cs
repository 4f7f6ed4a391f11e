namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// Vectors of one dimension in one contiguous array, row by row: a brand's hundred thousand rows are one allocation
/// rather than a hundred thousand, built in place rather than through per-row copies.
/// </summary>
internal sealed class RowMatrix : IRows
{
    private readonly float[] data;

    /// <summary>All zeros, for the builder to fill through <see cref="Row"/>.</summary>
    public RowMatrix(int count, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        data = new float[checked(count * dimensions)];
        (Count, Dimensions) = (count, dimensions);
    }

    public int Count { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<float> this[int row] => data.AsSpan(row * Dimensions, Dimensions);

    public void Read(int row, Span<float> destination) => this[row].CopyTo(destination);

    /// <summary>The vectors as given, one row each.</summary>
    /// <exception cref="ArgumentException">The vectors are not all of the same dimension.</exception>
    public static RowMatrix Of(IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var matrix = new RowMatrix(vectors.Count, vectors.Count > 0 ? vectors[0].Length : 0);
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Length != matrix.Dimensions)
            {
                throw new ArgumentException($"vector {i} has {vectors[i].Length} dimensions, not {matrix.Dimensions}", nameof(vectors));
            }

            vectors[i].CopyTo(matrix.Row(i));
        }

        return matrix;
    }

    /// <summary>The vectors, each scaled to unit length.</summary>
    /// <exception cref="ArgumentException">The vectors are not all of the same dimension.</exception>
    public static RowMatrix Normalized(IReadOnlyList<float[]> vectors)
    {
        var matrix = Of(vectors);
        matrix.NormalizeRows();
        return matrix;
    }

    /// <summary>The given rows of <paramref name="source"/>, each scaled to unit length.</summary>
    public static RowMatrix Normalized(IRows source, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rows);
        var matrix = new RowMatrix(rows.Count, source.Dimensions);
        for (var i = 0; i < rows.Count; i++)
        {
            source.Read(rows[i], matrix.Row(i));
        }

        matrix.NormalizeRows();
        return matrix;
    }

    public Span<float> Row(int row) => data.AsSpan(row * Dimensions, Dimensions);

    /// <summary>Scales every row to unit length in place; an all-zero row stays all zeros.</summary>
    public void NormalizeRows()
    {
        for (var row = 0; row < Count; row++)
        {
            EmbeddingMath.Normalize(Row(row));
        }
    }
}
