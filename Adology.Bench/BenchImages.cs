using SkiaSharp;

namespace Adology.Bench;

/// <summary>Distinct ad-like PNGs (opaque RGB, 256×256) of about 20 KB each: a gradient, a few shapes and a band of fine detail.</summary>
internal static class BenchImages
{
    private const int Size = 256;

    public static List<byte[]> Generate(int count) => Generate(0, count);

    /// <summary>The pictures numbered <paramref name="first"/> onwards: the same number is always the same picture.</summary>
    public static List<byte[]> Generate(int first, int count)
    {
        var images = new byte[count][];
        Parallel.For(0, count, index => images[index] = Render(first + index));
        return [.. images];
    }

    private static byte[] Render(int index)
    {
        var random = new Random(index);
        using var bitmap = new SKBitmap(Size, Size, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            paint.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(Size, Size), [RandomColor(random), RandomColor(random)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, Size, Size, paint);
            paint.Shader = null;
            for (var shape = 0; shape < 6; shape++)
            {
                paint.Color = RandomColor(random);
                canvas.DrawCircle(random.Next(Size), random.Next(Size), 10 + random.Next(50), paint);
            }
        }

        for (var y = 200; y < 218; y++)
        {
            for (var x = 16; x < 240; x++)
            {
                var shade = (byte)random.Next(256);
                bitmap.SetPixel(x, y, new SKColor(shade, shade, shade));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private static SKColor RandomColor(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
