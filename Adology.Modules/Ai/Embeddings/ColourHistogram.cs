namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// The share of a picture in each <see cref="ColourBins"/> bin, cells weighted by their opacity, stored as
/// square roots: the vector then has unit length and the dot product of two of them is the Bhattacharyya
/// coefficient of the two distributions, 1 for the same colours and 0 for none in common.
/// </summary>
internal static class ColourHistogram
{
    public const int Length = ColourBins.Length;

    public static void Fill(ReadOnlySpan<float> cells, Span<float> histogram)
    {
        histogram = histogram[..Length];
        histogram.Clear();
        var total = 0f;
        for (var i = 0; i < cells.Length; i += CellGrid.Channels)
        {
            var alpha = cells[i + 3];
            if (alpha > 1f / 255)
            {
                Add(cells[i] / alpha, cells[i + 1] / alpha, cells[i + 2] / alpha, alpha, histogram);
                total += alpha;
            }
        }

        for (var bin = 0; bin < Length; bin++)
        {
            histogram[bin] = total > 0 ? MathF.Sqrt(histogram[bin] / total) : 0;
        }
    }

    /// <summary>The shares of the bins (summing to 1) from a histogram in its square-root form, at any scale.</summary>
    public static void Shares(ReadOnlySpan<float> histogram, Span<float> shares)
    {
        shares = shares[..Length];
        var total = 0f;
        for (var bin = 0; bin < Length; bin++)
        {
            shares[bin] = histogram[bin] * histogram[bin];
            total += shares[bin];
        }

        for (var bin = 0; total > 0 && bin < Length; bin++)
        {
            shares[bin] /= total;
        }
    }

    private static void Add(float red, float green, float blue, float weight, Span<float> histogram)
    {
        var (hue, saturation, value) = Hsv(Math.Min(red, 1), Math.Min(green, 1), Math.Min(blue, 1));
        var (dark, midValue, highValue) = ColourBins.Tent(value);
        var (gray, midSaturation, highSaturation) = ColourBins.Tent(saturation);
        var (lower, upper, lowerShare) = ColourBins.HueShares(hue);
        histogram[ColourBins.Black] += weight * dark;
        histogram[ColourBins.Gray] += weight * midValue * gray;
        histogram[ColourBins.White] += weight * highValue * gray;
        AddChromatic(ColourBins.Of(lower, 1, 1), ColourBins.Of(upper, 1, 1), lowerShare, weight * midValue * midSaturation, histogram);
        AddChromatic(ColourBins.Of(lower, 2, 1), ColourBins.Of(upper, 2, 1), lowerShare, weight * midValue * highSaturation, histogram);
        AddChromatic(ColourBins.Of(lower, 1, 2), ColourBins.Of(upper, 1, 2), lowerShare, weight * highValue * midSaturation, histogram);
        AddChromatic(ColourBins.Of(lower, 2, 2), ColourBins.Of(upper, 2, 2), lowerShare, weight * highValue * highSaturation, histogram);
    }

    private static void AddChromatic(int lowerBin, int upperBin, float lowerShare, float share, Span<float> histogram)
    {
        if (share > 0)
        {
            histogram[lowerBin] += share * lowerShare;
            histogram[upperBin] += share * (1 - lowerShare);
        }
    }

    private static (float Hue, float Saturation, float Value) Hsv(float red, float green, float blue)
    {
        var max = Math.Max(red, Math.Max(green, blue));
        var min = Math.Min(red, Math.Min(green, blue));
        var chroma = max - min;
        if (chroma <= 0)
        {
            return (0, 0, max);
        }

        var sector = max == red ? ((green - blue) / chroma) + 6 : max == green ? ((blue - red) / chroma) + 2 : ((red - green) / chroma) + 4;
        return (60 * (sector % 6), chroma / max, max);
    }
}
