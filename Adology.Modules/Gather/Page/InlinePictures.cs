using System.Security.Cryptography;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Imaging;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// Stores a page's <c>data:</c> pictures straight in the blob store (there is nothing to download) and names them
/// <c>blob:&lt;sha256 hex&gt;</c> (<see cref="BlobUrls"/>), which the acquire step reads from the store. Decoding is
/// capped in size, and a picture whose header says it is a tracking pixel or an icon is left out like one on the page.
/// </summary>
internal sealed class InlinePictures(FileBlobStore blobs, IOptions<PageOptions> options)
{
    /// <summary>The <c>blob:</c> URL of the stored picture, or why it was left out.</summary>
    public async Task<(string? Url, string? Skip)> StoreAsync(string dataUrl, CancellationToken cancellationToken)
    {
        var comma = dataUrl.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return (null, "inline picture without data");
        }

        if (!dataUrl[5..comma].Split(';', StringSplitOptions.TrimEntries).Contains("base64", StringComparer.OrdinalIgnoreCase))
        {
            return (null, "inline picture not base64-encoded");
        }

        var settings = options.Value;
        var payload = dataUrl.AsSpan(comma + 1).Trim();
        if (payload.Length / 4L * 3 > settings.MaxInlinePictureBytes + 2L)
        {
            return (null, $"inline picture over {settings.MaxInlinePictureBytes} bytes");
        }

        var bytes = new byte[(payload.Length / 4 * 3) + 3];
        if (!Convert.TryFromBase64Chars(payload, bytes, out var written))
        {
            return (null, "inline picture not valid base64");
        }

        var content = bytes.AsMemory(0, written);
        if (TooSmallOrNotAPicture(content.Span, settings.MinPictureSize) is { } reason)
        {
            return (null, reason);
        }

        var sha256 = SHA256.HashData(content.Span);
        await blobs.PutAsync(sha256, content, cancellationToken);
        return (BlobUrls.For(sha256), null);
    }

    private static string? TooSmallOrNotAPicture(ReadOnlySpan<byte> content, int minSize)
    {
        if (!ImageSniffer.TryRead(content, out var header, out var failure))
        {
            return $"inline picture {failure}";
        }

        if (header.Width <= 1 && header.Height <= 1)
        {
            return PictureSize.Tracker;
        }

        return header.Width < minSize && header.Height < minSize ? PictureSize.Icon(minSize) : null;
    }
}
