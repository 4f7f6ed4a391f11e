using Adology.Modules.Enrich.Models;
using SkiaSharp;

namespace Adology.Tests.Integration.Enrich;

/// <summary>Ad-like pictures with text drawn by Skia in DejaVu Sans Bold (Debian's fonts-dejavu-core), beside a shape.</summary>
internal static class AdPictures
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    /// <summary>At least 640x400, wider when the text needs it.</summary>
    public static DecodedPicture WithText(string text, float size, SKColor ink, SKColor background) =>
        PictureDecoder.Decode(Png(text, size, ink, background), 1600, 40_000_000);

    /// <summary>The picture of <see cref="WithText"/> as a PNG file, as a feed serves it.</summary>
    public static byte[] Png(string text, float size, SKColor ink, SKColor background)
    {
        using var typeface = SKTypeface.FromFile(Font) ?? throw new InvalidOperationException($"{Font} is missing: install fonts-dejavu-core");
        using var font = new SKFont(typeface, size);
        var width = Math.Max(640, (int)(font.MeasureText(text) * 1.2f));
        const int height = 400;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            canvas.Clear(background);
            paint.Color = SKColors.Gray.WithAlpha(120);
            canvas.DrawCircle(width * 0.85f, height * 0.8f, height * 0.15f, paint);
            paint.Color = ink;
            canvas.DrawText(text, width * 0.08f, height * 0.3f, SKTextAlign.Left, font, paint);
        }

        return TestPng(bitmap);
    }

    private static byte[] TestPng(SKBitmap bitmap)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
