using SkiaSharp;

namespace Adology.Modules.Enrich.Models;

/// <summary>Decodes a creative once, with Skia, for every model: RGBA8888, no larger than a given long side.</summary>
internal static class PictureDecoder
{
    /// <exception cref="InvalidDataException">The bytes are not a whole decodable image, or one of more than <paramref name="maxPixels"/> pixels.</exception>
    public static DecodedPicture Decode(ReadOnlySpan<byte> encoded, int maxSide, long maxPixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSide, 1);
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("image could not be decoded");
        var full = codec.Info;
        if ((long)full.Width * full.Height > maxPixels)
        {
            throw new InvalidDataException($"image of {full.Width}x{full.Height} pixels is over the {maxPixels} pixel limit");
        }

        // JPEG and WebP decode straight to a smaller size, which is cheaper; whatever is still too large is resampled.
        // Premultiplied, so whatever colour hides under full transparency does not count.
        var scale = Math.Min(1f, (float)maxSide / Math.Max(full.Width, full.Height));
        var size = codec.GetScaledDimensions(scale);
        var alpha = full.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        using var decoded = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha));
        var result = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (result != SKCodecResult.Success)
        {
            throw new InvalidDataException($"image could not be decoded ({result})");
        }

        if (Math.Max(size.Width, size.Height) <= maxSide)
        {
            return new DecodedPicture(decoded.Bytes, size.Width, size.Height);
        }

        using var shrunk = Shrunk(decoded, maxSide);
        return new DecodedPicture(shrunk.Bytes, shrunk.Width, shrunk.Height);
    }

    private static SKBitmap Shrunk(SKBitmap decoded, int maxSide)
    {
        var scale = (double)maxSide / Math.Max(decoded.Width, decoded.Height);
        var width = Math.Max(1, (int)Math.Round(decoded.Width * scale));
        var height = Math.Max(1, (int)Math.Round(decoded.Height * scale));
        return decoded.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, decoded.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidDataException("image could not be resampled");
    }
}
