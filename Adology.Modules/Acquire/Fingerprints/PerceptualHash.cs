using System.Numerics;
using Adology.Modules.Platform.Imaging;

namespace Adology.Modules.Acquire.Fingerprints;

/// <summary>
/// The DCT perceptual hash: 32×32 luminance, the 8×8 lowest frequencies of its DCT-II, one bit per
/// coefficient set when it is above their median. Re-encoding or resizing moves few bits; another picture
/// moves about half.
/// </summary>
internal static class PerceptualHash
{
    private const int Side = LuminanceGrid.Side;
    private const int Kept = 8;

    // Unnormalised, as in the widely used imagehash: the orthonormal DCT's smaller weight on the first row
    // and column would shift those coefficients against the median.
    private static readonly double[] Cosines = BuildCosines();

    /// <exception cref="InvalidDataException">The bytes cannot be decoded.</exception>
    public static long Compute(ReadOnlySpan<byte> encodedImage) => ImagePixels.Decode(encodedImage, long.MaxValue, Of);

    /// <summary>Of RGBA8888 pixels, rows packed, as <see cref="ImagePixels"/> decodes them.</summary>
    public static long Of(ReadOnlySpan<byte> rgba, int width, int height)
    {
        Span<double> grid = stackalloc double[Side * Side];
        LuminanceGrid.Fill(rgba, width, height, grid);
        Span<double> coefficients = stackalloc double[Kept * Kept];
        LowFrequencies(grid, coefficients);
        return Threshold(coefficients);
    }

    public static int Distance(long a, long b) => BitOperations.PopCount((ulong)(a ^ b));

    // Separable: 32 rows to 8 frequencies each, then 8 of those columns to 8 frequencies each.
    private static void LowFrequencies(ReadOnlySpan<double> grid, Span<double> coefficients)
    {
        Span<double> rows = stackalloc double[Side * Kept];
        for (var y = 0; y < Side; y++)
        {
            var row = grid.Slice(y * Side, Side);
            for (var u = 0; u < Kept; u++)
            {
                rows[(y * Kept) + u] = Dot(row, Cosines.AsSpan(u * Side, Side));
            }
        }

        for (var v = 0; v < Kept; v++)
        {
            var cosines = Cosines.AsSpan(v * Side, Side);
            for (var u = 0; u < Kept; u++)
            {
                var sum = 0.0;
                for (var y = 0; y < Side; y++)
                {
                    sum += cosines[y] * rows[(y * Kept) + u];
                }

                coefficients[(v * Kept) + u] = sum;
            }
        }
    }

    // The median leaves out the DC term, the mean brightness: far larger than the rest, it says nothing
    // about structure. Of the 63 that remain the median is one of them, so exactly 31 of them set their bit;
    // DC's own bit is set for all but the darkest images.
    private static long Threshold(ReadOnlySpan<double> coefficients)
    {
        Span<double> sorted = stackalloc double[(Kept * Kept) - 1];
        coefficients[1..].CopyTo(sorted);
        sorted.Sort();
        var median = sorted[sorted.Length / 2];

        var bits = 0UL;
        for (var k = 0; k < Kept * Kept; k++)
        {
            if (coefficients[k] > median)
            {
                bits |= 1UL << (63 - k);
            }
        }

        return (long)bits;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double[] BuildCosines()
    {
        var cosines = new double[Kept * Side];
        for (var k = 0; k < Kept; k++)
        {
            for (var n = 0; n < Side; n++)
            {
                cosines[(k * Side) + n] = Math.Cos(Math.PI * k * ((2 * n) + 1) / (2 * Side));
            }
        }

        return cosines;
    }
}
