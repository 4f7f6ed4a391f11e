using System.Text;
using Adology.Modules.Platform.Imaging;
using Adology.Tests.Support;
using SkiaSharp;

namespace Adology.Tests.Unit.Platform.Imaging;

internal sealed class ImageSnifferTests
{
    private const int Width = 37;
    private const int Height = 23;

    [Test]
    public void Png_type_and_size_are_read_from_the_header()
    {
        using var picture = TestImages.Picture(Width, Height);

        AssertReads(TestImages.Png(picture), "image/png", Width, Height);
    }

    [Test]
    public void Jpeg_size_is_read_from_the_frame_header()
    {
        using var picture = TestImages.Picture(Width, Height);

        AssertReads(TestImages.Jpeg(picture), "image/jpeg", Width, Height);
    }

    [Test]
    public void Jpeg_size_is_read_past_a_huffman_table_that_shares_the_frame_marker_range()
    {
        using var picture = TestImages.Picture(Width, Height);
        var jpeg = TestImages.Jpeg(picture);
        // One DC table of a single one-bit code, before the frame header; the encoder's own tables replace it later.
        byte[] huffmanTable = [0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, .. new byte[15], 0x00];

        AssertReads([.. jpeg[..2], .. huffmanTable, .. jpeg[2..]], "image/jpeg", Width, Height);
    }

    [Test]
    public void Progressive_jpeg_frame_header_is_read()
    {
        using var picture = TestImages.Picture(Width, Height);
        var jpeg = TestImages.Jpeg(picture);
        jpeg[StartOfFrame(jpeg) + 1] = 0xC2;

        AssertReads(jpeg, "image/jpeg", Width, Height);
    }

    [TestCase(SKWebpEncoderCompression.Lossy, true, "VP8 ")]
    [TestCase(SKWebpEncoderCompression.Lossless, true, "VP8L")]
    [TestCase(SKWebpEncoderCompression.Lossy, false, "VP8X")]
    public void Webp_size_is_read_from_each_kind_of_first_chunk(SKWebpEncoderCompression compression, bool opaque, string chunk)
    {
        using var picture = TestImages.Picture(Width, Height, opaque);
        var webp = TestImages.Webp(picture, compression);

        Assert.That(Encoding.ASCII.GetString(webp, 12, 4), Is.EqualTo(chunk), "the encoder wrote a different kind of WebP");
        AssertReads(webp, "image/webp", Width, Height);
    }

    [Test]
    public void Gif_size_is_the_logical_screen()
    {
        var gif = TestImages.Gif(300, 200);
        using (var codec = SKCodec.Create(SKData.CreateCopy(gif)))
        {
            Assert.That(codec?.Info.Size, Is.EqualTo(new SKSizeI(300, 200)), "the hand-built GIF is not a real GIF");
        }

        AssertReads(gif, "image/gif", 300, 200);
    }

    [Test]
    public void A_decompression_bomb_reports_its_size_without_being_decoded()
    {
        AssertReads(TestImages.PngHeader(100_000, 100_000), "image/png", 100_000, 100_000);
    }

    [Test]
    public void Media_type_comes_from_the_bytes_whatever_the_server_claimed()
    {
        using var picture = TestImages.Picture(Width, Height);
        var servedAsJpeg = TestImages.Png(picture);

        AssertReads(servedAsJpeg, "image/png", Width, Height);
    }

    [TestCase("<!DOCTYPE html><html><body>Not found</body></html>")]
    [TestCase("just some text")]
    [TestCase("")]
    public void Bytes_that_are_not_an_image_are_refused(string content)
    {
        AssertRefused(Encoding.UTF8.GetBytes(content), ImageSniffer.Unrecognised);
    }

    [Test]
    public void Headers_cut_short_are_refused_as_truncated()
    {
        using var picture = TestImages.Picture(Width, Height);
        var png = TestImages.Png(picture);
        var jpeg = TestImages.Jpeg(picture);
        var webp = TestImages.Webp(picture, SKWebpEncoderCompression.Lossy);

        Assert.Multiple(() =>
        {
            AssertRefused(png[..5], ImageSniffer.Truncated);
            AssertRefused(png[..20], ImageSniffer.Truncated);
            AssertRefused(jpeg[..StartOfFrame(jpeg)], ImageSniffer.Truncated);
            AssertRefused(jpeg[..(StartOfFrame(jpeg) + 6)], ImageSniffer.Truncated);
            AssertRefused(TestImages.Gif(300, 200)[..8], ImageSniffer.Truncated);
            AssertRefused(webp[..10], ImageSniffer.Truncated);
            AssertRefused(webp[..24], ImageSniffer.Truncated);
        });
    }

    // libpng refuses these headers, and Skia reports any refusal while it reads a PNG's header as incomplete input.
    [Test]
    public void An_image_without_pixels_is_refused()
    {
        AssertRefused(TestImages.PngHeader(0, 0), ImageSniffer.Truncated);
    }

    [Test]
    public void A_png_wider_than_a_signed_int_is_refused()
    {
        AssertRefused(TestImages.PngHeader(uint.MaxValue, 1), ImageSniffer.Truncated);
    }

    private static int StartOfFrame(byte[] jpeg) => jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);

    private static void AssertReads(byte[] content, string mediaType, int width, int height)
    {
        var read = ImageSniffer.TryRead(content, out var header, out var failure);

        Assert.Multiple(() =>
        {
            Assert.That(failure, Is.Null);
            Assert.That(read, Is.True);
            Assert.That(header, Is.EqualTo(new ImageHeader(mediaType, width, height)));
        });
    }

    private static void AssertRefused(byte[] content, string reason)
    {
        var read = ImageSniffer.TryRead(content, out var header, out var failure);

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.False);
            Assert.That(failure, Is.EqualTo(reason));
            Assert.That(header, Is.EqualTo(default(ImageHeader)));
        });
    }
}
