namespace Adology.Modules.Platform.Imaging;

/// <summary>The media type of an image Acquire admitted (PNG, JPEG, GIF or WebP), by the same magic bytes, for sending it to a model.</summary>
internal static class ImageMediaType
{
    public static string Of(ReadOnlySpan<byte> image) => image switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [0xFF, 0xD8, ..] => "image/jpeg",
        [(byte)'G', (byte)'I', (byte)'F', ..] => "image/gif",
        _ => "image/webp",
    };
}
