namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// The visual embedding of decoded pixels: <see cref="ShapeFeatures"/> (layout) then <see cref="ColourHistogram"/>
/// (colours), each of unit length and weighted by √½, so the whole has unit length and the cosine of two
/// embeddings is the mean of their layout cosine and their colours' Bhattacharyya coefficient.
/// </summary>
internal static class VisualFeatures
{
    public const int Dimensions = ShapeFeatures.Length + ColourHistogram.Length;
    public const int HistogramStart = ShapeFeatures.Length;

    /// <summary>From RGBA8888 pixels, rows packed (stride = 4 × width), premultiplied or opaque, as Skia decodes them.</summary>
    public static float[] From(ReadOnlySpan<byte> rgba, int width, int height)
    {
        var features = new float[Dimensions];
        Fill(rgba, width, height, features);
        return features;
    }

    public static void Fill(ReadOnlySpan<byte> rgba, int width, int height, Span<float> features)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(features.Length, Dimensions, nameof(features));
        Span<float> cells = stackalloc float[CellGrid.Length];
        CellGrid.Fill(rgba, width, height, cells);
        features = features[..Dimensions];
        ShapeFeatures.Fill(cells, features[..HistogramStart]);
        ColourHistogram.Fill(cells, features[HistogramStart..]);

        // A flat picture has no layout; its colours alone then make up the unit vector.
        EmbeddingMath.Normalize(features);
    }

    /// <summary>The colour histogram part of a visual embedding, as shares of the <see cref="ColourBins"/> summing to 1.</summary>
    public static void ColourShares(ReadOnlySpan<float> embedding, Span<float> shares) => ColourHistogram.Shares(embedding[HistogramStart..Dimensions], shares);
}
