using Adology.Modules.Acquire.Fingerprints;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Cpu;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Acquire;

/// <summary>
/// Downloads one creative, checks it is an image of a sane size, fingerprints it, has the AI module read it
/// (embeddings, copy attributes) and stores it.
/// </summary>
internal sealed class CreativeAcquirer(
    SafeHttpClient http, CpuWorkers workers, FileBlobStore blobs, ICreativeInsights insights, IOptions<AcquireOptions> options)
{
    public async Task<ItemOutcome> AcquireAsync(PendingCreative item, CancellationToken cancellationToken)
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

        var maxPixels = options.Value.MaxPixels;
        var examination = await workers.RunAsync(() => Examination.Of(body.Content, maxPixels, insights.VisualOf));
        if (examination.Fingerprint is not { } fingerprint)
        {
            return ItemOutcome.Failed(item.ScanId, item.Ordinal, examination.Failure!);
        }

        var insight = await insights.ReadAsync(body.Content, examination.Visual, item.MetadataJson, cancellationToken);
        await blobs.PutAsync(fingerprint.Sha256, body.Content, cancellationToken);
        return ItemOutcome.Acquired(item.ScanId, item.Ordinal, fingerprint, insight);
    }
}
