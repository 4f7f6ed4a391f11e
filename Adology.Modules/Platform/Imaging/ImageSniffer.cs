using SkiaSharp;

namespace Adology.Modules.Platform.Imaging;

/// <summary>
/// Identifies an image by its bytes (a server's Content-Type is never trusted) and reads its pixel size with the
/// codec that will decode it, from the header alone, so a decompression bomb can be refused before anything is decoded.
/// </summary>
internal static class ImageSniffer
{
    internal const string Unrecognised = "not an image (unrecognised bytes)";
    internal const string Truncated = "truncated image header";
    internal const string Malformed = "malformed image header";

    private static readonly Dictionary<SKEncodedImageFormat, string> MediaTypes = new()
    {
        [SKEncodedImageFormat.Png] = "image/png",
        [SKEncodedImageFormat.Jpeg] = "image/jpeg",
        [SKEncodedImageFormat.Gif] = "image/gif",
        [SKEncodedImageFormat.Webp] = "image/webp",
    };

    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;
    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> Webp => "WEBP"u8;

    public static bool TryRead(ReadOnlySpan<byte> content, out ImageHeader header, out string? failure)
    {
        using var codec = Open(content, out header, out failure);
        return codec is not null;
    }

    /// <summary>The codec that read the header, to decode with; or null and why the bytes are not a PNG, JPEG, GIF or WebP.</summary>
    public static SKCodec? Open(ReadOnlySpan<byte> content, out ImageHeader header, out string? failure)
    {
        header = default;
        using var data = SKData.CreateCopy(content);
        using var stream = new SKMemoryStream(data);
        var codec = SKCodec.Create(stream, out var result);
        failure = result switch
        {
            SKCodecResult.Success when MediaTypes.ContainsKey(codec.EncodedFormat) => null,
            SKCodecResult.Success => Unrecognised,
            SKCodecResult.Unimplemented => IsCutOffSignature(content) ? Truncated : Unrecognised,
            // Skia also reports a PNG header that libpng refuses (no pixels, a size past its limits) as incomplete.
            SKCodecResult.IncompleteInput => Truncated,
            _ => Malformed,
        };
        if (failure is not null)
        {
            codec?.Dispose();
            return null;
        }

        header = new ImageHeader(MediaTypes[codec.EncodedFormat], codec.Info.Width, codec.Info.Height);
        return codec;
    }

    // Bytes that stop inside a signature are a cut-off image, though too short for the codec to recognise.
    private static bool IsCutOffSignature(ReadOnlySpan<byte> content) =>
        !content.IsEmpty
        && (Png.StartsWith(content) || Jpeg.StartsWith(content) || Gif87.StartsWith(content) || Gif89.StartsWith(content)
            || IsCutOffWebp(content));

    private static bool IsCutOffWebp(ReadOnlySpan<byte> content) =>
        content.Length < 12
        && Riff.StartsWith(content[..Math.Min(content.Length, Riff.Length)])
        && (content.Length <= 8 || Webp.StartsWith(content[8..]));
}
