using Adology.Modules.Contracts;
using Microsoft.Extensions.Options;

namespace Adology.Web.Jobs;

/// <summary>
/// The recurring retention, on one host at a time: staged items and logged events of long-finished scans first, then
/// the blobs nothing refers to any more.
/// </summary>
internal sealed class RetentionJob(
    IScanItems items, IProgressLog progressLog, IBlobRetention blobs, OneHostAtATime exclusive, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
{
    public Task RunAsync(CancellationToken cancellationToken) => exclusive.RunAsync(BackgroundJobsSetup.Retention, () => RemoveAsync(cancellationToken));

    private async Task RemoveAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var purged = await items.PurgeFinishedAsync(now - options.Value.FinishedScanItemsAge, cancellationToken);
        var logged = await progressLog.PurgeFinishedAsync(now - options.Value.FinishedScanItemsAge, cancellationToken);
        var deleted = await blobs.DeleteUnreferencedAsync(now - options.Value.UnreferencedBlobAge, cancellationToken);
        logger.LogInformation("Retention removed {Items} staged items, {Events} logged events and {Blobs} blobs", purged, logged, deleted);
    }
}
