using Adology.Modules.Contracts;
using Microsoft.Extensions.Options;

namespace Adology.Web.Jobs;

/// <summary>The recurring retention: staged items of long-finished scans first, then the blobs nothing refers to any more.</summary>
internal sealed class RetentionJob(IScanItems items, IBlobRetention blobs, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var purged = await items.PurgeFinishedAsync(now - options.Value.FinishedScanItemsAge, cancellationToken);
        var deleted = await blobs.DeleteUnreferencedAsync(now - options.Value.UnreferencedBlobAge, cancellationToken);
        logger.LogInformation("Retention removed {Items} staged items and {Blobs} blobs", purged, deleted);
    }
}
