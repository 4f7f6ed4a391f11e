using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Metrics;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Acquire;

/// <summary>
/// A batch of AcquireCreative → acquires the items still pending in parallel (an item of a scan cancelled
/// meanwhile stops and is left alone), makes their blobs durable, then records and counts them all in one
/// database round trip. The copy of each acquired creative is held to its scan's watch terms first, and the pictures new
/// to the scan and its brand are recorded as found, so MATCH_FOUND and ITEM_FOUND go out while the scan acquires, and a
/// redelivered batch, whose items are still pending, finds its matches and found pictures recorded and sends neither again.
/// Publishes CommitBrand for each scan whose last item this batch finished; reports PROGRESS, or ERROR for a scan with
/// too many failed items.
/// </summary>
internal sealed class AcquireCreativesConsumer(
    IScanItems items,
    CreativeAcquirer acquirer,
    FileBlobStore blobs,
    IScanProgress progress,
    IScanMatches matches,
    IScanFindings findings,
    IScanCancellation cancellation,
    PipelineMetrics metrics,
    IOptions<AcquireOptions> options)
    : IConsumer<Batch<AcquireCreative>>
{
    public async Task Consume(ConsumeContext<Batch<AcquireCreative>> context)
    {
        var cancellationToken = context.CancellationToken;
        var requested = context.Message.Select(message => message.Message).DistinctBy(item => (item.ScanId, item.Ordinal)).ToList();
        var pending = await items.PendingAsync(requested, cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        var outcomes = new ItemOutcome?[pending.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.DownloadsPerBatch, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, pending.Count),
            parallel,
            async (index, token) => outcomes[index] = await cancellation.UnlessCancelledAsync(
                pending[index].ScanId, work => acquirer.AcquireAsync(pending[index], work), token));
        blobs.FlushToDisk();
        var acquired = Acquired(pending, outcomes);
        await matches.MatchAsync(
            [.. acquired.Select(item => MatchSubject.OfCopy(item.Pending.ScanId, item.Pending.Ordinal, item.Pending.Url, item.Sha256, item.Copy))],
            cancellationToken);
        await findings.FindAsync(
            [.. acquired.Select(item => new FoundPicture(item.Pending.ScanId, item.Pending.Ordinal, item.Pending.Url, item.Sha256, item.Copy.Headline))],
            cancellationToken);

        ItemOutcome[] recorded = [.. outcomes.OfType<ItemOutcome>()];
        var counted = await items.RecordAsync(recorded, cancellationToken);
        metrics.ItemsRecorded(recorded.Count(outcome => outcome.Failure is null), recorded.Count(outcome => outcome.Failure is not null));
        foreach (var scan in counted)
        {
            await ReportAsync(context, scan, cancellationToken);
        }
    }

    private static List<(PendingCreative Pending, byte[] Sha256, AdCopy Copy)> Acquired(IReadOnlyList<PendingCreative> pending, ItemOutcome?[] outcomes) =>
    [
        .. pending
            .Select((item, index) => (item, outcomes[index]?.Fingerprint))
            .Where(acquired => acquired.Fingerprint is not null)
            .Select(acquired => (acquired.item, acquired.Fingerprint!.Sha256, AdCopy.Of(acquired.item.MetadataJson))),
    ];

    private async Task ReportAsync(ConsumeContext context, CountedScan scan, CancellationToken cancellationToken)
    {
        if (scan.ReadyToCommit)
        {
            await progress.ReportAsync(scan.ScanId, ProgressType.Progress, null, cancellationToken);
            await context.Publish(new CommitBrand(scan.ScanId), cancellationToken);
        }
        else if (scan.FailedTooOften)
        {
            await progress.ReportAsync(scan.ScanId, ProgressType.Error, null, cancellationToken);
        }
        else
        {
            progress.Moved(scan.ScanId);
        }
    }
}
