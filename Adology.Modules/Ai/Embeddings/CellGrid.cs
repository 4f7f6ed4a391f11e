using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// Box-filters RGBA8888 pixels (premultiplied or opaque, rows packed) onto <see cref="Side"/>×<see cref="Side"/>
/// cells of four floats, red, green, blue and alpha in 0..1, each the mean of the pixels the cell covers.
/// </summary>
internal static class CellGrid
{
    public const int Side = 32;
    public const int Channels = 4;
    public const int Length = Side * Side * Channels;

    public static void Fill(ReadOnlySpan<byte> rgba, int width, int height, Span<float> cells)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rgba.Length, (long)width * height * Channels, nameof(rgba));
        ArgumentOutOfRangeException.ThrowIfLessThan(cells.Length, Length, nameof(cells));

        var stride = width * Channels;
        var rented = ArrayPool<uint>.Shared.Rent(stride);
        try
        {
            // Rows are summed into a band per cell row, where the work is per byte and vectorises, and only
            // then is each band cut into the cells' columns. A band of more than four rows samples four or so
            // of them, evenly spaced: that halves the work at 240 pixels, and far more on large pictures.
            var band = rented.AsSpan(0, stride);
            for (var cellY = 0; cellY < Side; cellY++)
            {
                var (top, bottom) = Range(cellY, height);
                var step = (bottom - top + 3) / 4;
                band.Clear();
                var rows = 0;
                for (var y = top; y < bottom; y += step, rows++)
                {
                    AddRow(rgba.Slice(y * stride, stride), band);
                }

                SplitColumns(band, width, rows, cells.Slice(cellY * Side * Channels, Side * Channels));
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(rented);
        }
    }

    // Each cell covers the pixels whose index scaled to the grid falls in it, so larger images partition
    // exactly; an image smaller than the grid repeats its pixels instead.
    private static (int Start, int End) Range(int cell, int pixels)
    {
        var start = cell * pixels / Side;
        return (start, Math.Max(start + 1, (cell + 1) * pixels / Side));
    }

    // Unchecked loads: the loop bounds keep them inside both spans, which have the same length.
    private static void AddRow(ReadOnlySpan<byte> row, Span<uint> band)
    {
        ref var source = ref MemoryMarshal.GetReference(row);
        ref var target = ref MemoryMarshal.GetReference(band);
        var lanes = (nuint)Vector<uint>.Count;
        var length = (nuint)row.Length;
        nuint x = 0;
        for (; x + (nuint)Vector<byte>.Count <= length; x += (nuint)Vector<byte>.Count)
        {
            Vector.Widen(Vector.LoadUnsafe(ref source, x), out var low, out var high);
            Vector.Widen(low, out var first, out var second);
            Vector.Widen(high, out var third, out var fourth);
            (Vector.LoadUnsafe(ref target, x) + first).StoreUnsafe(ref target, x);
            (Vector.LoadUnsafe(ref target, x + lanes) + second).StoreUnsafe(ref target, x + lanes);
            (Vector.LoadUnsafe(ref target, x + (2 * lanes)) + third).StoreUnsafe(ref target, x + (2 * lanes));
            (Vector.LoadUnsafe(ref target, x + (3 * lanes)) + fourth).StoreUnsafe(ref target, x + (3 * lanes));
        }

        for (var rest = (int)x; rest < row.Length; rest++)
        {
            band[rest] += row[rest];
        }
    }

    private static void SplitColumns(ReadOnlySpan<uint> band, int width, int rows, Span<float> cells)
    {
        for (var cellX = 0; cellX < Side; cellX++)
        {
            var (left, right) = Range(cellX, width);
            uint red = 0, green = 0, blue = 0, alpha = 0;
            for (var x = left * Channels; x < right * Channels; x += Channels)
            {
                red += band[x];
                green += band[x + 1];
                blue += band[x + 2];
                alpha += band[x + 3];
            }

            var scale = 1f / (255f * rows * (right - left));
            var cell = cells.Slice(cellX * Channels, Channels);
            (cell[0], cell[1], cell[2], cell[3]) = (red * scale, green * scale, blue * scale, alpha * scale);
        }
    }
}
