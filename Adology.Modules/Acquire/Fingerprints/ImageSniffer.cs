using System.Buffers.Binary;

namespace Adology.Modules.Acquire.Fingerprints;

/// <summary>
/// Identifies an image by its magic bytes (a server's Content-Type is never trusted) and reads its pixel
/// size from the header alone, so a decompression bomb can be refused before anything is decoded.
/// </summary>
internal static class ImageSniffer
{
    internal const string Unrecognised = "not an image (unrecognised bytes)";
    internal const string Truncated = "truncated image header";
    internal const string Malformed = "malformed image header";

    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;
    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> Webp => "WEBP"u8;

    public static bool TryRead(ReadOnlySpan<byte> content, out ImageHeader header, out string? failure)
    {
        header = default;
        long width = 0, height = 0;
        string mediaType;
        if (content.StartsWith(Png))
        {
            (mediaType, failure) = ("image/png", ReadPng(content, out width, out height));
        }
        else if (content.StartsWith(Jpeg))
        {
            (mediaType, failure) = ("image/jpeg", JpegDimensions.Read(content, out width, out height));
        }
        else if (content.StartsWith(Gif87) || content.StartsWith(Gif89))
        {
            (mediaType, failure) = ("image/gif", ReadGif(content, out width, out height));
        }
        else if (content.StartsWith(Riff) && content.Length >= 12 && content[8..12].SequenceEqual(Webp))
        {
            (mediaType, failure) = ("image/webp", WebpDimensions.Read(content, out width, out height));
        }
        else
        {
            failure = StartsLikeAnImage(content) ? Truncated : Unrecognised;
            return false;
        }

        if (failure is null && (width is < 1 or > int.MaxValue || height is < 1 or > int.MaxValue))
        {
            failure = $"invalid image dimensions {width}x{height}";
        }

        if (failure is not null)
        {
            return false;
        }

        header = new ImageHeader(mediaType, (int)width, (int)height);
        return true;
    }

    private static string? ReadPng(ReadOnlySpan<byte> content, out long width, out long height)
    {
        (width, height) = (0, 0);
        if (content.Length < 24)
        {
            return Truncated;
        }

        if (!content[12..16].SequenceEqual("IHDR"u8))
        {
            return Malformed;
        }

        (width, height) = (BinaryPrimitives.ReadUInt32BigEndian(content[16..]), BinaryPrimitives.ReadUInt32BigEndian(content[20..]));
        return null;
    }

    private static string? ReadGif(ReadOnlySpan<byte> content, out long width, out long height)
    {
        (width, height) = (0, 0);
        if (content.Length < 10)
        {
            return Truncated;
        }

        (width, height) = (BinaryPrimitives.ReadUInt16LittleEndian(content[6..]), BinaryPrimitives.ReadUInt16LittleEndian(content[8..]));
        return null;
    }

    // Bytes that stop inside a signature are a cut-off image rather than something else.
    private static bool StartsLikeAnImage(ReadOnlySpan<byte> content) =>
        !content.IsEmpty
        && (Png.StartsWith(content) || Jpeg.StartsWith(content) || Gif87.StartsWith(content) || Gif89.StartsWith(content)
            || StartsLikeWebp(content));

    private static bool StartsLikeWebp(ReadOnlySpan<byte> content) =>
        content.Length < 12
        && Riff.StartsWith(content[..Math.Min(content.Length, Riff.Length)])
        && (content.Length <= 8 || Webp.StartsWith(content[8..]));
}
