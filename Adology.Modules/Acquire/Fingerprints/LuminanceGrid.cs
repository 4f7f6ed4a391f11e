using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Adology.Modules.Acquire.Fingerprints;

/// <summary>Area-averages decoded pixels' luminance onto a <see cref="Side"/>×<see cref="Side"/> grid.</summary>
internal static class LuminanceGrid
{
    public const int Side = 32;

    // Cells of a size that is not a whole number of pixels take each pixel by the share of it they cover.
    // Luminance is linear, so rows are summed into 32 row bands first, where the work is per pixel and
    // vectorises, and only those 32 bands are then cut into columns.
    /// <summary>From RGBA8888 pixels, rows packed, as <see cref="Platform.Imaging.ImagePixels"/> decodes them.</summary>
    public static void Fill(ReadOnlySpan<byte> rgba, int width, int height, Span<double> grid)
    {
        var rented = ArrayPool<float>.Shared.Rent(Side * width);
        try
        {
            var bands = rented.AsSpan(0, Side * width);
            bands.Clear();
            var pixels = MemoryMarshal.Cast<byte, uint>(rgba);
            var scale = (double)Side / height;
            for (var y = 0; y < height; y++)
            {
                var (top, bottom) = (y * scale, (y + 1) * scale);
                for (var band = (int)top; band < Side && band < bottom; band++)
                {
                    AddLuminance(pixels.Slice(y * width, width), (float)Overlap(top, bottom, band), bands.Slice(band * width, width));
                }
            }

            for (var band = 0; band < Side; band++)
            {
                SplitColumns(bands.Slice(band * width, width), grid.Slice(band * Side, Side));
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }

    // Luminance per ITU-R BT.601 (×1000); RGBA pixels read as little-endian words have red in the low byte.
    private static void AddLuminance(ReadOnlySpan<uint> row, float weight, Span<float> band)
    {
        var x = 0;
        var lowByte = new Vector<uint>(0xFF);
        for (; x <= row.Length - Vector<uint>.Count; x += Vector<uint>.Count)
        {
            var pixel = new Vector<uint>(row[x..]);
            var luminance = ((pixel & lowByte) * 299) + (((pixel >> 8) & lowByte) * 587) + (((pixel >> 16) & lowByte) * 114);
            var target = band[x..];
            (new Vector<float>(target) + (Vector.ConvertToSingle(luminance) * weight)).CopyTo(target);
        }

        for (; x < row.Length; x++)
        {
            var pixel = row[x];
            band[x] += weight * ((299 * (pixel & 0xFF)) + (587 * ((pixel >> 8) & 0xFF)) + (114 * ((pixel >> 16) & 0xFF)));
        }
    }

    private static void SplitColumns(ReadOnlySpan<float> band, Span<double> cells)
    {
        if (band.Length % Side == 0)
        {
            // The common case, a width that is a multiple of 32: every cell is a whole run of pixels.
            var run = band.Length / Side;
            for (var cell = 0; cell < Side; cell++)
            {
                var sum = 0f;
                foreach (var value in band.Slice(cell * run, run))
                {
                    sum += value;
                }

                cells[cell] = sum;
            }

            return;
        }

        cells.Clear();
        var scale = (double)Side / band.Length;
        for (var x = 0; x < band.Length; x++)
        {
            var (left, right) = (x * scale, (x + 1) * scale);
            for (var cell = (int)left; cell < Side && cell < right; cell++)
            {
                cells[cell] += band[x] * Overlap(left, right, cell);
            }
        }
    }

    // How much of the pixel spanning [start, end), in cell units, falls in the given cell.
    private static double Overlap(double start, double end, int cell) => Math.Min(end, cell + 1) - Math.Max(start, cell);
}
