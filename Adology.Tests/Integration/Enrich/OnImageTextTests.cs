using Adology.Modules.Enrich.Models;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Adology.Tests.Integration.Enrich;

/// <summary>Tesseract through its C API on a real scan and on ad-like pictures; one reader for the fixture.</summary>
public sealed class OnImageTextTests
{
    private TesseractReader reader = null!;

    [OneTimeSetUp]
    public void Load() => reader = new TesseractReader(EnrichModels.Defaults());

    [OneTimeTearDown]
    public void Unload() => reader.Dispose();

    [Test]
    public void A_scanned_page_of_print_is_read_back_with_its_words()
    {
        var text = reader.Read(RealPhotos.Picture("page.png"));
        TestContext.Out.WriteLine($"{text.Confidence:F2} {text.Text}");

        string[] words = ["segmentation", "markers", "coins", "background", "pixels", "object", "histogram", "values"];
        Assert.That(words.Count(word => text.Text.Contains(word, StringComparison.OrdinalIgnoreCase)), Is.GreaterThanOrEqualTo(5));
        Assert.That(text.Confidence, Is.InRange(0.5f, 1f));
    }

    [TestCase("chelsea.png")]
    [TestCase("coffee.png")]
    [TestCase("rocket.jpg")]
    [TestCase("astronaut.png")]
    [TestCase("gravel.png")]
    [TestCase("ihc.png")]
    [TestCase("hubble_deep_field.jpg")]
    [TestCase("motorcycle_right.png")]
    public void A_photo_with_no_text_reads_as_none_not_as_the_shapes_Tesseract_guesses_at(string fileName)
    {
        Assert.That(reader.Read(RealPhotos.Picture(fileName)), Is.EqualTo(OnImageText.None));
    }

    [TestCase(72f, "#FFFFFF", "#D32F2F", TestName = "White 72 px on red")]
    [TestCase(48f, "#FFFFFF", "#D32F2F", TestName = "White 48 px on red")]
    [TestCase(24f, "#FFFFFF", "#D32F2F", TestName = "White 24 px on red")]
    [TestCase(36f, "#212121", "#F5F0E6", TestName = "Dark 36 px on cream")]
    [TestCase(30f, "#FFEB3B", "#0D47A1", TestName = "Yellow 30 px on navy")]
    public void Text_drawn_on_an_ad_is_read_back(float size, string ink, string background)
    {
        var picture = AdPictures.WithText("SUMMER SALE 30% OFF", size, SKColor.Parse(ink), SKColor.Parse(background));

        var text = reader.Read(picture);
        TestContext.Out.WriteLine($"{text.Confidence:F2} {text.Text}");

        Assert.That(text.Text, Does.Contain("SUMMER SALE 30% OFF"));
        Assert.That(text.Confidence, Is.GreaterThan(0.6f));
    }

    [Test]
    public void Readers_on_several_threads_each_read_their_own_picture()
    {
        string[] offers = ["FREE SHIPPING", "BUY ONE GET ONE", "NEW ARRIVALS", "LIMITED EDITION"];

        var texts = offers.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(offer => reader.Read(AdPictures.WithText(offer, 48f, SKColors.Black, SKColors.White)).Text).ToList();

        Assert.That(texts, Is.EqualTo(offers));
    }

    [Test]
    public void Missing_trained_data_fails_the_read_with_the_reason()
    {
        using var broken = new TesseractReader(Options.Create(new ModelOptions { TessdataPath = "/nonexistent/tessdata" }));

        Assert.That(() => broken.Read(AdPictures.WithText("SALE", 48f, SKColors.Black, SKColors.White)),
            Throws.InvalidOperationException.With.Message.Contains("/nonexistent/tessdata"));
    }
}
