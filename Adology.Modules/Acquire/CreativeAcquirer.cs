using System.Security.Cryptography;
using Adology.Modules.Acquire.Fingerprints;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Acquire;

/// <summary>Downloads one creative, checks it is an image of a sane size, stores it and fingerprints it.</summary>
internal sealed class CreativeAcquirer(SafeHttpClient http, FileBlobStore blobs, IOptions<AcquireOptions> options)
{
    public async Task<ItemOutcome> AcquireAsync(AcquireCreative item, CancellationToken cancellationToken)
    {
        FetchedBody body;
        try
        {
            body = await http.FetchAsync(new Uri(item.Url), cancellationToken);
        }
        catch (FetchFailedException exception)
        {
            return ItemOutcome.Failed(item.ScanId, item.Ordinal, exception.Reason);
        }

        var content = body.Content;
        if (!ImageSniffer.TryRead(content, out var header, out var notAnImage))
        {
            return ItemOutcome.Failed(item.ScanId, item.Ordinal, notAnImage!);
        }

        var maxPixels = options.Value.MaxPixels;
        if ((long)header.Width * header.Height > maxPixels)
        {
            return ItemOutcome.Failed(item.ScanId, item.Ordinal, $"image of {header.Width}x{header.Height} pixels is over the {maxPixels} pixel limit");
        }

        long perceptualHash;
        try
        {
            perceptualHash = PerceptualHash.Compute(content);
        }
        catch (InvalidImageException exception)
        {
            return ItemOutcome.Failed(item.ScanId, item.Ordinal, exception.Message);
        }

        var sha256 = SHA256.HashData(content);
        await blobs.PutAsync(sha256, content, cancellationToken);
        return ItemOutcome.Acquired(
            item.ScanId,
            item.Ordinal,
            new CreativeFingerprint(sha256, header.MediaType, content.Length, header.Width, header.Height, perceptualHash));
    }
}
