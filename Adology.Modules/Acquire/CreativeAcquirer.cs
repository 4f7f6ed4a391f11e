using Adology.Modules.Acquire.Fingerprints;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Cpu;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Acquire;

/// <summary>
/// Downloads one creative (or reads it from the blob store, for a <c>blob:</c> URL), checks it is an image of a sane
/// size, fingerprints it, has the AI module read it (embeddings, copy attributes) and stores it.
/// </summary>
internal sealed class CreativeAcquirer(
    SafeHttpClient http, CpuWorkers workers, FileBlobStore blobs, ICreativeInsights insights, IOptions<AcquireOptions> options)
{
    internal const string MissingBlob = "the stored creative is missing from the blob store";
    internal const string AlteredBlob = "the stored creative does not match its hash";

    public async Task<ItemOutcome> AcquireAsync(PendingCreative item, CancellationToken cancellationToken)
    {
        var stored = BlobUrls.Sha256Of(item.Url);
        var (content, failure) = stored is null ? await DownloadAsync(item.Url, cancellationToken) : await ReadStoredAsync(stored, cancellationToken);
        if (content is null)
        {
            return ItemOutcome.Failed(item.ScanId, item.Ordinal, failure!);
        }

        var maxPixels = options.Value.MaxPixels;
        var examination = await workers.RunAsync(() => Examination.Of(content, maxPixels, insights.VisualOf), item.OwnerId, cancellationToken);
        if (examination.Fingerprint is not { } fingerprint)
        {
            return ItemOutcome.Failed(item.ScanId, item.Ordinal, examination.Failure!);
        }

        if (stored is not null && !stored.AsSpan().SequenceEqual(fingerprint.Sha256))
        {
            return ItemOutcome.Failed(item.ScanId, item.Ordinal, AlteredBlob);
        }

        var insight = await insights.ReadAsync(content, examination.Visual, item.MetadataJson, cancellationToken);
        await blobs.PutAsync(fingerprint.Sha256, content, cancellationToken);
        return ItemOutcome.Acquired(item.ScanId, item.Ordinal, fingerprint, insight);
    }

    private async Task<(byte[]? Content, string? Failure)> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            return ((await http.FetchAsync(new Uri(url), cancellationToken)).Content, null);
        }
        catch (FetchFailedException exception)
        {
            return (null, exception.Reason);
        }
    }

    private async Task<(byte[]? Content, string? Failure)> ReadStoredAsync(byte[] sha256, CancellationToken cancellationToken) =>
        await blobs.ReadAsync(sha256, cancellationToken) is { } content ? (content, null) : (null, MissingBlob);
}
