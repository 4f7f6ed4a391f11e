using Adology.Modules.Ai.Colours;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Contracts;
using SkiaSharp;

namespace Adology.Tests.Unit.Ai.Colours;

internal sealed class DominantColoursTests
{
    [TestCase(0xFF, 0x00, 0x00, "red")]
    [TestCase(0xFF, 0x80, 0x00, "orange")]
    [TestCase(0xFF, 0xE0, 0x00, "yellow")]
    [TestCase(0x00, 0xC0, 0x00, "green")]
    [TestCase(0x00, 0xFF, 0xFF, "cyan")]
    [TestCase(0x10, 0x40, 0xFF, "blue")]
    [TestCase(0x90, 0x20, 0xFF, "purple")]
    [TestCase(0xFF, 0x30, 0xA0, "pink")]
    [TestCase(0x80, 0x40, 0x00, "brown")]
    [TestCase(0x00, 0x00, 0x00, "black")]
    [TestCase(0x80, 0x80, 0x80, "gray")]
    [TestCase(0xFF, 0xFF, 0xFF, "white")]
    public void A_plain_picture_is_dominated_by_its_colour(int red, int green, int blue, string name)
    {
        var colours = Colours([Embed(Plain(new SKColor((byte)red, (byte)green, (byte)blue)))], top: 3);

        Assert.That(colours[0].Name, Is.EqualTo(name));
        Assert.That(colours[0].Share, Is.GreaterThan(0.6f));
    }

    [Test]
    public void A_pure_red_picture_is_all_red_with_a_red_hex()
    {
        var colours = Colours([Embed(Plain(SKColors.Red))], top: 3);

        Assert.That(colours, Has.Count.EqualTo(1));
        Assert.That(colours[0], Is.EqualTo(new NamedColour("red", 1, "#ff0000")).Using<NamedColour>(SameColour));
    }

    [Test]
    public void Half_blue_half_white_is_half_of_each()
    {
        using var bitmap = Plain(SKColors.White);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(0x00, 0x40, 0xFF) })
        {
            canvas.DrawRect(0, 0, 64, 32, paint);
        }

        var colours = Colours([Embed(bitmap)], top: 2);

        Assert.That(colours.Select(colour => colour.Name), Is.EquivalentTo(new[] { "blue", "white" }));
        Assert.That(colours.Select(colour => colour.Share), Has.All.EqualTo(0.5f).Within(0.02f));
    }

    [Test]
    public void Every_picture_counts_equally()
    {
        using var red = Plain(SKColors.Red);
        using var black = Plain(SKColors.Black);

        var colours = Colours([Embed(red), Embed(black), Embed(black), Embed(black)], top: 5);

        Assert.That(colours.Select(colour => (colour.Name, colour.Share)), Is.EqualTo(new[] { ("black", 0.75f), ("red", 0.25f) }));
    }

    [Test]
    public void Only_the_top_colours_are_returned()
    {
        using var red = Plain(SKColors.Red);
        using var green = Plain(SKColors.Lime);
        using var blue = Plain(SKColors.Blue);

        Assert.That(Colours([Embed(red), Embed(green), Embed(blue)], top: 2), Has.Count.EqualTo(2));
    }

    [Test]
    public void No_pictures_have_no_colours()
    {
        Assert.That(Colours([], top: 5), Is.Empty);
    }

    [Test]
    public void Counting_a_creatives_colours_allocates_nothing()
    {
        var colours = new DominantColours();
        var red = Embed(Plain(SKColors.Red));
        colours.Add(red);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var creative = 0; creative < 1_000; creative++)
        {
            colours.Add(red);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(colours.Top(1)[0].Name, Is.EqualTo("red"));
    }

    private static IReadOnlyList<NamedColour> Colours(float[][] visualEmbeddings, int top)
    {
        var colours = new DominantColours();
        foreach (var embedding in visualEmbeddings)
        {
            colours.Add(embedding);
        }

        return colours.Top(top);
    }

    private static bool SameColour(NamedColour a, NamedColour b) => a.Name == b.Name && Math.Abs(a.Share - b.Share) < 1e-4 && a.Hex == b.Hex;

    private static SKBitmap Plain(SKColor colour)
    {
        var bitmap = new SKBitmap(new SKImageInfo(64, 64, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(colour);
        return bitmap;
    }

    private static float[] Embed(SKBitmap bitmap) => VisualFeatures.From(bitmap.GetPixelSpan(), bitmap.Width, bitmap.Height);
}
