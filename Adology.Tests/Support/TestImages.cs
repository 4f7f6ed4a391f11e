using System.Buffers.Binary;
using Adology.Modules.Gather.Demo;
using SkiaSharp;

namespace Adology.Tests.Support;

/// <summary>Real encoded images made with Skia, and hand-built headers for what Skia cannot write.</summary>
internal static class TestImages
{
    public static SKBitmap Picture(int width, int height, bool opaque = true)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul));
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.Clear(opaque ? SKColors.SteelBlue : SKColors.SteelBlue.WithAlpha(128));
        paint.Color = SKColors.Gold;
        canvas.DrawCircle(width * 0.3f, height * 0.4f, Math.Min(width, height) * 0.25f, paint);
        paint.Color = SKColors.Black;
        canvas.DrawRect(width * 0.55f, height * 0.5f, width * 0.35f, height * 0.4f, paint);
        return bitmap;
    }

    /// <summary>A distinct ad-like PNG per number (demo designs that are neither planted copies nor near-duplicates).</summary>
    public static byte[] DistinctPng(int number) => DemoCreatives.RenderPng("test-images", number * 20);

    public static byte[] Png(SKBitmap bitmap) => Encode(bitmap, SKEncodedImageFormat.Png, 100);

    public static byte[] Jpeg(SKBitmap bitmap, int quality = 90) => Encode(bitmap, SKEncodedImageFormat.Jpeg, quality);

    public static byte[] Webp(SKBitmap bitmap, SKWebpEncoderCompression compression)
    {
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(new SKWebpEncoderOptions(compression, 80)) ?? throw new InvalidOperationException("WebP encode failed");
        return data.ToArray();
    }

    public static byte[] Resized(byte[] encoded, int width, int height)
    {
        using var source = SKBitmap.Decode(encoded);
        using var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var pixels = target.PeekPixels();
        source.PeekPixels().ScalePixels(pixels, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return Png(target);
    }

    /// <summary>A one-pixel GIF89a whose logical screen (what a header reports) is <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static byte[] Gif(ushort width, ushort height)
    {
        byte[] gif =
        [
            .. "GIF89a"u8, 0, 0, 0, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0,
            0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0, 0x3B,
        ];
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(6), width);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(8), height);
        return gif;
    }

    /// <summary>
    /// A PNG signature, IHDR chunk (CRC included) and the start of an IDAT chunk, with no pixel data behind them: all
    /// that a codec reads for the size.
    /// </summary>
    public static byte[] PngHeader(uint width, uint height)
    {
        var png = new byte[41];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(png, 0);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8), 13);
        "IHDR"u8.CopyTo(png.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), height);
        png[24] = 8;
        png[25] = 6;
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        "IDAT"u8.CopyTo(png.AsSpan(37));
        return png;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality) ?? throw new InvalidOperationException($"{format} encode failed");
        return data.ToArray();
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
