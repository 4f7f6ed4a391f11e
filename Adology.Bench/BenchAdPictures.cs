using SkiaSharp;

namespace Adology.Bench;

/// <summary>
/// Distinct ad-like JPEGs of 400×400 and about 20 KB, each with a headline drawn on it (DejaVu Sans Bold), and ad copy
/// to go with them: what the enriching phase reads.
/// </summary>
internal static class BenchAdPictures
{
    private const int Size = 400;
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    private static readonly string[] Products = ["sneakers", "running shoes", "sofa", "coffee maker", "headphones", "backpack", "sunglasses", "jacket"];
    private static readonly string[] Offers = ["SUMMER SALE", "NEW ARRIVALS", "FREE SHIPPING", "LIMITED EDITION", "BEST SELLER", "BUY ONE GET ONE"];

    public static List<byte[]> Pictures(int count)
    {
        var pictures = new byte[count][];
        Parallel.For(0, count, index => pictures[index] = Render(index));
        return [.. pictures];
    }

    public static List<string> Copies(int count) =>
        [.. Enumerable.Range(0, count).Select(index => $"Shop our {Products[index % Products.Length]} — {10 + (index % 50)}% off this week. Free returns on every order.")];

    private static byte[] Render(int index)
    {
        var random = new Random(index);
        using var typeface = SKTypeface.FromFile(Font) ?? throw new InvalidOperationException($"{Font} is missing: install fonts-dejavu-core");
        using var headline = new SKFont(typeface, 30 + random.Next(20));
        using var bitmap = new SKBitmap(Size, Size, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(Size, Size), [RandomColor(random), RandomColor(random)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, Size, Size, paint);
            paint.Shader = null;
            for (var shape = 0; shape < 5; shape++)
            {
                paint.Color = RandomColor(random);
                canvas.DrawCircle(random.Next(Size), 120 + random.Next(Size - 120), 15 + random.Next(50), paint);
            }

            // A band of fine detail, as product photos have, so the JPEG weighs what a real creative does.
            for (var dot = 0; dot < 2_500; dot++)
            {
                paint.Color = RandomColor(random);
                canvas.DrawRect(random.Next(Size), 330 + random.Next(60), 2, 2, paint);
            }

            paint.Color = SKColors.White;
            canvas.DrawRect(0, 20, Size, 70, paint);
            paint.Color = SKColors.Black;
            canvas.DrawText($"{Offers[index % Offers.Length]} {index % 90}%", 16, 70, SKTextAlign.Left, headline, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 75);
        return data.ToArray();
    }

    private static SKColor RandomColor(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
