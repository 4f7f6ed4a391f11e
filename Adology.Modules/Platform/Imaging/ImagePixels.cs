using System.Buffers;
using SkiaSharp;

namespace Adology.Modules.Platform.Imaging;

/// <summary>
/// Decodes an encoded image once, with Skia, to RGBA8888 (rows packed, premultiplied or opaque) and hands the pixels
/// to a function: the perceptual hash and the visual embedding both read the same decode.
/// </summary>
internal static class ImagePixels
{
    /// <summary>
    /// Decodes no smaller than this on the short side: twice the 32-cell grids that the perceptual hash and the visual
    /// embedding average onto, so every cell averages pixels.
    /// </summary>
    public const int SmallestSide = 64;

    /// <exception cref="InvalidDataException">The bytes are not a whole decodable image, or one of more than <paramref name="maxPixels"/> pixels.</exception>
    public static T Decode<T>(ReadOnlySpan<byte> encodedImage, long maxPixels, Func<ReadOnlySpan<byte>, int, int, T> use)
    {
        using var data = SKData.CreateCopy(encodedImage);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("image could not be decoded");
        return Decode(codec, maxPixels, use);
    }

    /// <summary>With a codec that has read the image's header already.</summary>
    /// <exception cref="InvalidDataException">The image is not whole, or is of more than <paramref name="maxPixels"/> pixels.</exception>
    public static T Decode<T>(SKCodec codec, long maxPixels, Func<ReadOnlySpan<byte>, int, int, T> use)
    {
        if ((long)codec.Info.Width * codec.Info.Height > maxPixels)
        {
            throw new InvalidDataException($"image of {codec.Info.Width}x{codec.Info.Height} pixels is over the {maxPixels} pixel limit");
        }

        var info = DecodeInfo(codec);
        var pixels = ArrayPool<byte>.Shared.Rent(info.BytesSize);
        try
        {
            var result = codec.GetPixels(info, pixels);
            if (result != SKCodecResult.Success)
            {
                throw new InvalidDataException($"image could not be decoded ({result})");
            }

            return use(pixels.AsSpan(0, info.BytesSize), info.Width, info.Height);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(pixels);
        }
    }

    // JPEG and WebP decode straight to a smaller size, which is cheaper; PNG and GIF always decode whole.
    // Premultiplied, so whatever colour hides under full transparency does not count.
    private static SKImageInfo DecodeInfo(SKCodec codec)
    {
        var full = codec.Info;
        var scale = Math.Min(1f, (float)SmallestSide / Math.Min(full.Width, full.Height));
        var size = codec.GetScaledDimensions(scale);
        if (size.Width < SmallestSide / 2 || size.Height < SmallestSide / 2)
        {
            size = full.Size;
        }

        var alpha = full.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        return new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha);
    }
}
