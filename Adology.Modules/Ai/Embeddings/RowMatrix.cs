namespace Adology.Modules.Ai.Embeddings;

/// <summary>Vectors of one dimension in one contiguous array, row by row, each scaled to unit length.</summary>
internal sealed class RowMatrix
{
    private readonly float[] data;

    private RowMatrix(float[] data, int count, int dimensions) => (this.data, Count, Dimensions) = (data, count, dimensions);

    public int Count { get; }

    public int Dimensions { get; }

    public static RowMatrix Normalized(IReadOnlyList<float[]> vectors) => Normalized(vectors.Count, i => vectors[i]);

    /// <exception cref="ArgumentException">The vectors are not all of the same dimension.</exception>
    public static RowMatrix Normalized(int count, Func<int, float[]> vectorAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var dimensions = count > 0 ? vectorAt(0).Length : 0;
        var data = new float[(long)count * dimensions];
        for (var i = 0; i < count; i++)
        {
            var vector = vectorAt(i);
            if (vector.Length != dimensions)
            {
                throw new ArgumentException($"vector {i} has {vector.Length} dimensions, not {dimensions}", nameof(vectorAt));
            }

            var row = data.AsSpan(i * dimensions, dimensions);
            vector.CopyTo(row);
            EmbeddingMath.Normalize(row);
        }

        return new RowMatrix(data, count, dimensions);
    }

    public ReadOnlySpan<float> this[int row] => data.AsSpan(row * Dimensions, Dimensions);
}
