using System.Buffers;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// Vectors of one dimension, read a row at a time into the caller's buffer: a matrix held in memory
/// (<see cref="RowMatrix"/>), or a brand's embeddings computed from their stored form as they are read, so a hundred
/// thousand of them are never all held as floats.
/// </summary>
internal interface IRows
{
    int Count { get; }

    int Dimensions { get; }

    /// <summary>Writes row <paramref name="row"/> into <paramref name="destination"/>, of <see cref="Dimensions"/> values.</summary>
    void Read(int row, Span<float> destination);
}

internal static class RowsExtensions
{
    /// <summary>Row <paramref name="row"/> in an array of its own.</summary>
    public static float[] ToArray(this IRows rows, int row)
    {
        var vector = new float[rows.Dimensions];
        rows.Read(row, vector);
        return vector;
    }

    /// <summary>Reads every row, in parallel, each into a buffer of its thread's, and hands it to <paramref name="use"/> with its index.</summary>
    public static void ForEachInParallel(this IRows rows, ReadOnlySpanAction<float, int> use) =>
        Parallel.For(
            0,
            rows.Count,
            () => new float[rows.Dimensions],
            (row, _, buffer) =>
            {
                rows.Read(row, buffer);
                use(buffer, row);
                return buffer;
            },
            _ => { });
}
