using Adology.Modules.Enrich.Models;

namespace Adology.Tests.Integration.Enrich;

public sealed class PictureDecoderTests
{
    [TestCase("chelsea.png", 451, 300)]
    [TestCase("rocket.jpg", 640, 427)]
    [TestCase("camera.png", 512, 512)]
    [TestCase("horse.png", 400, 328)]
    public void Real_photos_decode_whole_to_packed_RGBA(string fileName, int width, int height)
    {
        var picture = PictureDecoder.Decode(RealPhotos.Bytes(fileName), 1600, 40_000_000);

        Assert.That((picture.Width, picture.Height, picture.Rgba.Length), Is.EqualTo((width, height, width * height * 4)));
    }

    [TestCase("motorcycle_left.png")]
    [TestCase("rocket.jpg")]
    public void A_picture_is_decoded_no_larger_than_the_long_side_given(string fileName)
    {
        var picture = PictureDecoder.Decode(RealPhotos.Bytes(fileName), 320, 40_000_000);

        Assert.That(Math.Max(picture.Width, picture.Height), Is.InRange(300, 320));
        Assert.That(picture.Rgba, Has.Length.EqualTo(picture.Width * picture.Height * 4));
    }

    [Test]
    public void Bytes_that_are_no_picture_are_refused_with_the_reason()
    {
        Assert.That(() => PictureDecoder.Decode("not a picture"u8, 1600, 40_000_000), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("decoded"));
    }

    [Test]
    public void A_picture_over_the_pixel_limit_is_refused_before_decoding()
    {
        Assert.That(() => PictureDecoder.Decode(RealPhotos.Bytes("astronaut.png"), 1600, 100_000),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("pixel limit"));
    }

    [Test]
    public void A_truncated_file_is_refused()
    {
        var bytes = RealPhotos.Bytes("coffee.png");

        Assert.That(() => PictureDecoder.Decode(bytes.AsSpan(0, bytes.Length / 2), 1600, 40_000_000), Throws.InstanceOf<InvalidDataException>());
    }
}
