using System.Text;
using Adology.Modules.Acquire.Fingerprints;
using Adology.Modules.Gather.Demo;
using Adology.Tests.Support;
using SkiaSharp;

namespace Adology.Tests.Unit.Acquire.Fingerprints;

internal sealed class PerceptualHashTests
{
    private static readonly byte[] Design = DemoCreatives.RenderPng("Acme", 3);

    [Test]
    public void Same_image_gives_the_same_hash()
    {
        var again = DemoCreatives.RenderPng("Acme", 3);

        Assert.That(PerceptualHash.Compute(again), Is.EqualTo(PerceptualHash.Compute(Design)));
    }

    [Test]
    public void Reencoding_as_jpeg_moves_few_bits()
    {
        using var bitmap = SKBitmap.Decode(Design);

        Assert.That(DistanceTo(TestImages.Jpeg(bitmap, quality: 90)), Is.LessThanOrEqualTo(6));
    }

    [Test]
    public void Reencoding_as_lossy_webp_moves_few_bits()
    {
        using var bitmap = SKBitmap.Decode(Design);

        Assert.That(DistanceTo(TestImages.Webp(bitmap, SKWebpEncoderCompression.Lossy)), Is.LessThanOrEqualTo(6));
    }

    [Test]
    public void Halving_the_size_moves_few_bits()
    {
        Assert.That(DistanceTo(TestImages.Resized(Design, 120, 120)), Is.LessThanOrEqualTo(6));
    }

    [Test]
    public void Jpeg_decoded_at_reduced_scale_hashes_like_the_original()
    {
        using var large = SKBitmap.Decode(TestImages.Resized(Design, 960, 960));

        Assert.That(DistanceTo(TestImages.Jpeg(large, quality: 90)), Is.LessThanOrEqualTo(6));
    }

    [Test]
    public void A_different_design_is_far_away()
    {
        Assert.That(DistanceTo(DemoCreatives.RenderPng("Acme", 4)), Is.GreaterThan(16));
    }

    [TestCase("<html></html>")]
    [TestCase("")]
    public void Bytes_that_are_not_an_image_cannot_be_hashed(string content)
    {
        var exception = Assert.Throws<InvalidDataException>(() => PerceptualHash.Compute(Encoding.UTF8.GetBytes(content)));

        Assert.That(exception.Message, Is.EqualTo("image could not be decoded"));
    }

    [Test]
    public void A_cut_off_image_is_refused_rather_than_hashed_half_drawn()
    {
        Assert.Throws<InvalidDataException>(() => PerceptualHash.Compute(Design.AsSpan(0, Design.Length / 2)));
    }

    [Test]
    public void Distance_counts_the_differing_bits()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PerceptualHash.Distance(0x0F, 0x0F), Is.Zero);
            Assert.That(PerceptualHash.Distance(0b1010, 0b0110), Is.EqualTo(2));
            Assert.That(PerceptualHash.Distance(0, -1), Is.EqualTo(64));
        });
    }

    private static int DistanceTo(byte[] other) => PerceptualHash.Distance(PerceptualHash.Compute(Design), PerceptualHash.Compute(other));
}
