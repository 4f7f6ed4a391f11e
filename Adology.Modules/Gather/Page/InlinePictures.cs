using System.Buffers.Binary;
using System.Security.Cryptography;
using Adology.Modules.Platform.Blobs;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// Stores a page's <c>data:</c> pictures straight in the blob store (there is nothing to download) and names them
/// <c>blob:&lt;sha256 hex&gt;</c>, which the acquire step reads from the store. Decoding is capped in size.
/// </summary>
internal sealed class InlinePictures(FileBlobStore blobs, IOptions<PageOptions> options)
{
    public const string BlobScheme = "blob:";

    private static readonly string[] RasterTypes = ["image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp"];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The <c>blob:</c> URL of the stored picture, or why it was left out.</summary>
    public async Task<(string? Url, string? Skip)> StoreAsync(string dataUrl, CancellationToken cancellationToken)
    {
        var comma = dataUrl.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return (null, "inline picture without data");
        }

        var header = dataUrl[5..comma].Split(';', StringSplitOptions.TrimEntries);
        if (!RasterTypes.Contains(header[0], StringComparer.OrdinalIgnoreCase))
        {
            return (null, PictureUrls.NotRaster);
        }

        if (!header.Contains("base64", StringComparer.OrdinalIgnoreCase))
        {
            return (null, "inline picture not base64-encoded");
        }

        var limit = options.Value.MaxInlinePictureBytes;
        var payload = dataUrl.AsSpan(comma + 1).Trim();
        if (payload.Length / 4L * 3 > limit + 2L)
        {
            return (null, $"inline picture over {limit} bytes");
        }

        var bytes = new byte[payload.Length / 4 * 3 + 3];
        if (!Convert.TryFromBase64Chars(payload, bytes, out var written))
        {
            return (null, "inline picture not valid base64");
        }

        var content = bytes.AsMemory(0, written);
        if (IsTrackingPixel(content.Span))
        {
            return (null, PictureSize.Tracker);
        }

        var sha256 = SHA256.HashData(content.Span);
        await blobs.PutAsync(sha256, content, cancellationToken);
        return (BlobScheme + Convert.ToHexStringLower(sha256), null);
    }

    /// <summary>A PNG or GIF of at most 1×1 pixels, read from its header: the usual placeholder and tracker.</summary>
    private static bool IsTrackingPixel(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 24 && content[..8].SequenceEqual(PngSignature))
        {
            return BinaryPrimitives.ReadInt32BigEndian(content[16..]) <= 1 && BinaryPrimitives.ReadInt32BigEndian(content[20..]) <= 1;
        }

        return content.Length >= 10 && content[..3].SequenceEqual("GIF"u8)
            && BinaryPrimitives.ReadUInt16LittleEndian(content[6..]) <= 1 && BinaryPrimitives.ReadUInt16LittleEndian(content[8..]) <= 1;
    }
}
