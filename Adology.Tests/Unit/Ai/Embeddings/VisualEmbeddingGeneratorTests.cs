using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Gather.Demo;
using Adology.Tests.Support;
using Microsoft.Extensions.AI;
using SkiaSharp;

namespace Adology.Tests.Unit.Ai.Embeddings;

internal sealed class VisualEmbeddingGeneratorTests
{
    private static readonly byte[] Design = DemoCreatives.RenderPng("Acme", 3);
    private readonly VisualEmbeddingGenerator generator = new();

    [Test]
    public void Embedding_has_the_declared_dimensions_and_unit_length()
    {
        var embedding = generator.Embed(Design);

        Assert.That(embedding, Has.Length.EqualTo(VisualEmbeddingGenerator.Dimensions));
        Assert.That(EmbeddingMath.Norm(embedding), Is.EqualTo(1).Within(1e-5));
    }

    [Test]
    public void Same_bytes_give_the_same_embedding()
    {
        Assert.That(generator.Embed(DemoCreatives.RenderPng("Acme", 3)), Is.EqualTo(generator.Embed(Design)));
    }

    [Test]
    public void Reencoding_as_jpeg_keeps_the_cosine_above_0_95()
    {
        using var bitmap = SKBitmap.Decode(Design);

        Assert.That(CosineTo(TestImages.Jpeg(bitmap, quality: 75)), Is.GreaterThan(0.95f));
    }

    [Test]
    public void Halving_the_size_keeps_the_cosine_above_0_95()
    {
        Assert.That(CosineTo(TestImages.Resized(Design, 120, 120)), Is.GreaterThan(0.95f));
    }

    [Test]
    public void Other_designs_are_less_alike_than_a_reencode()
    {
        var others = Enumerable.Range(1, 8).Select(TestImages.DistinctPng).Select(CosineTo).ToList();

        Assert.That(others, Has.All.LessThan(0.9f));
    }

    [Test]
    public void Pixels_decoded_elsewhere_give_the_generators_embedding()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(DemoPainter.Size, DemoPainter.Size, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var codec = SKCodec.Create(new MemoryStream(Design));
        codec.GetPixels(bitmap.Info, bitmap.GetPixels());

        var fromPixels = VisualFeatures.From(bitmap.GetPixelSpan(), bitmap.Width, bitmap.Height);

        Assert.That(fromPixels, Is.EqualTo(generator.Embed(Design)));
    }

    [Test]
    public async Task Generator_embeds_each_input_in_order()
    {
        byte[][] images = [Design, TestImages.DistinctPng(1)];

        var embeddings = await generator.GenerateAsync(images);

        Assert.That(embeddings.Select(embedding => embedding.Vector.ToArray()), Is.EqualTo(images.Select(image => generator.Embed(image))));
    }

    [Test]
    public void Generator_describes_its_model_and_dimensions()
    {
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.That(metadata?.DefaultModelDimensions, Is.EqualTo(VisualEmbeddingGenerator.Dimensions));
        Assert.That(metadata?.DefaultModelId, Is.EqualTo(VisualEmbeddingGenerator.ModelId));
    }

    [TestCase("<html></html>")]
    [TestCase("")]
    public void Bytes_that_are_not_an_image_are_refused(string content)
    {
        Assert.That(() => generator.Embed(System.Text.Encoding.UTF8.GetBytes(content)), Throws.InstanceOf<InvalidDataException>());
    }

    [Test]
    public void Images_over_the_pixel_limit_are_refused_before_decoding()
    {
        var small = new VisualEmbeddingGenerator(maxPixels: 100 * 100);

        Assert.That(() => small.Embed(Design), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("pixel limit"));
    }

    private float CosineTo(byte[] image) => EmbeddingMath.Cosine(generator.Embed(Design), generator.Embed(image));
}
