using System.Numerics.Tensors;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Colours;

/// <summary>
/// The dominant colours of a set of creatives from their colour histograms: the mean share of each
/// <see cref="ColourBins"/> bin over the creatives (each counts equally), bins summed by colour name
/// (red, orange, yellow, green, cyan, blue, purple, pink, brown, black, gray, white). A colour's hex is the
/// share-weighted mean of its bins' centre colours.
/// </summary>
internal sealed class DominantColours
{
    private readonly double[] totals = new double[ColourBins.Length];
    private int pictures;

    /// <summary>Counts one more creative by its visual embedding (<see cref="VisualFeatures"/>); one without colour counts for nothing.</summary>
    public void Add(ReadOnlySpan<float> visualEmbedding)
    {
        Span<float> shares = stackalloc float[ColourBins.Length];
        VisualFeatures.ColourShares(visualEmbedding, shares);
        if (TensorPrimitives.Sum(shares) > 0)
        {
            pictures++;
            for (var bin = 0; bin < ColourBins.Length; bin++)
            {
                totals[bin] += shares[bin];
            }
        }
    }

    /// <summary>The largest <paramref name="top"/> colours of the creatives added, first the largest.</summary>
    public IReadOnlyList<NamedColour> Top(int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (pictures == 0)
        {
            return [];
        }

        return [.. Enumerable.Range(0, ColourBins.Length)
            .GroupBy(ColourBins.NameOf)
            .Select(name => Describe(name.Key, [.. name], totals, pictures))
            .Where(colour => colour.Share > 0)
            .OrderByDescending(colour => colour.Share)
            .ThenBy(colour => colour.Name, StringComparer.Ordinal)
            .Take(top)];
    }

    private static NamedColour Describe(string name, int[] bins, double[] totals, int pictures)
    {
        var share = bins.Sum(bin => totals[bin]);
        double red = 0, green = 0, blue = 0;
        foreach (var bin in bins)
        {
            var (r, g, b) = Rgb(ColourBins.CentreOf(bin));
            var weight = share > 0 ? totals[bin] / share : 0;
            (red, green, blue) = (red + (weight * r), green + (weight * g), blue + (weight * b));
        }

        return new NamedColour(name, (float)(share / pictures), $"#{Byte(red):x2}{Byte(green):x2}{Byte(blue):x2}");
    }

    private static (double Red, double Green, double Blue) Rgb((float Hue, float Saturation, float Value) hsv)
    {
        var (hue, saturation, value) = hsv;
        double Channel(double n)
        {
            var k = (n + (hue / 60)) % 6;
            return value - (value * saturation * Math.Max(0, Math.Min(k, Math.Min(4 - k, 1))));
        }

        return (Channel(5), Channel(3), Channel(1));
    }

    private static byte Byte(double channel) => (byte)Math.Round(Math.Clamp(channel, 0, 1) * 255);
}
