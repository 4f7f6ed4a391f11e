using System.Security.Cryptography;
using Adology.Modules.Platform.Imaging;

namespace Adology.Modules.Gather.Upload;

/// <summary>A picture is a PNG, JPEG, GIF or WebP by its bytes, whatever its name says; it is examined fully when acquired.</summary>
internal static class PictureCheck
{
    /// <summary>The picture's SHA-256; refuses what is empty or not a picture.</summary>
    public static byte[] Sha256(string file, string? entry, byte[] content)
    {
        if (content.Length == 0)
        {
            throw Refused(file, entry, "the file is empty");
        }

        if (!ImageSniffer.TryRead(content, out _, out var failure))
        {
            throw Refused(file, entry, $"not a PNG, JPEG, GIF or WebP picture ({failure})");
        }

        return SHA256.HashData(content);
    }

    public static UploadRefusedException TooLarge(string file, string? entry, long maxBytes) =>
        new(new(file, $"the picture is larger than {maxBytes} bytes", 413) { Entry = entry });

    private static UploadRefusedException Refused(string file, string? entry, string reason) => new(new(file, reason) { Entry = entry });
}
