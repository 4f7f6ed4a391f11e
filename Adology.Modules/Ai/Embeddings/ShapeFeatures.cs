namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// The layout of a picture: the lowest <see cref="Kept"/>×<see cref="Kept"/> frequencies of the orthonormal
/// DCT-II of its luminance on the cell grid, without the DC term (the mean brightness) and scaled to unit
/// length, so brightness and contrast do not count, only where light and dark are.
/// </summary>
internal static class ShapeFeatures
{
    public const int Kept = 8;
    public const int Length = (Kept * Kept) - 1;

    private const int Side = CellGrid.Side;
    private static readonly float[] Cosines = BuildCosines();

    public static void Fill(ReadOnlySpan<float> cells, Span<float> features)
    {
        Span<float> gray = stackalloc float[Side * Side];
        for (var i = 0; i < gray.Length; i++)
        {
            var cell = cells.Slice(i * CellGrid.Channels, CellGrid.Channels);
            gray[i] = (0.299f * cell[0]) + (0.587f * cell[1]) + (0.114f * cell[2]);
        }

        Span<float> rows = stackalloc float[Side * Kept];
        for (var y = 0; y < Side; y++)
        {
            for (var u = 0; u < Kept; u++)
            {
                rows[(u * Side) + y] = EmbeddingMath.Dot(gray.Slice(y * Side, Side), Cosines.AsSpan(u * Side, Side));
            }
        }

        for (var v = 0; v < Kept; v++)
        {
            for (var u = 0; u < Kept; u++)
            {
                if (u + v > 0)
                {
                    features[(v * Kept) + u - 1] = EmbeddingMath.Dot(rows.Slice(u * Side, Side), Cosines.AsSpan(v * Side, Side));
                }
            }
        }

        EmbeddingMath.Normalize(features[..Length]);
    }

    private static float[] BuildCosines()
    {
        var cosines = new float[Kept * Side];
        for (var k = 0; k < Kept; k++)
        {
            var scale = Math.Sqrt((k == 0 ? 1.0 : 2.0) / Side);
            for (var n = 0; n < Side; n++)
            {
                cosines[(k * Side) + n] = (float)(scale * Math.Cos(Math.PI * k * ((2 * n) + 1) / (2 * Side)));
            }
        }

        return cosines;
    }
}
