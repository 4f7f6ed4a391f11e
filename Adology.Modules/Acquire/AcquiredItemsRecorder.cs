using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Metrics;
using MassTransit;

namespace Adology.Modules.Acquire;

/// <summary>
/// Records a group of finished items, whether a batch finished them or the slow lane: makes their blobs durable, holds the
/// copy of each acquired creative to its scan's watch terms and records the pictures new to the scan and its brand as
/// found (so MATCH_FOUND and ITEM_FOUND go out while the scan acquires; a redelivered batch, whose items are still
/// pending, finds them recorded and sends neither again), then records and counts the items in one database round trip.
/// Publishes CommitBrand for each scan whose last item this group finished; reports PROGRESS, or ERROR for a scan with
/// too many failed items.
/// </summary>
internal sealed class AcquiredItemsRecorder(
    IScanItems items,
    FileBlobStore blobs,
    IScanProgress progress,
    IScanMatches matches,
    IScanFindings findings,
    PipelineMetrics metrics)
{
    public async Task RecordAsync(IReadOnlyList<FinishedItem> finished, IPublishEndpoint publisher, CancellationToken cancellationToken)
    {
        blobs.FlushToDisk();
        var acquired = finished
            .Where(item => item.Outcome.Fingerprint is not null)
            .Select(item => (item.Pending, item.Outcome.Fingerprint!.Sha256, Copy: AdCopy.Of(item.Pending.MetadataJson)))
            .ToList();
        await matches.MatchAsync(
            [.. acquired.Select(item => MatchSubject.OfCopy(item.Pending.ScanId, item.Pending.Ordinal, item.Pending.Url, item.Sha256, item.Copy))],
            cancellationToken);
        await findings.FindAsync(
            [.. acquired.Select(item => new FoundPicture(item.Pending.ScanId, item.Pending.Ordinal, item.Pending.Url, item.Sha256, item.Copy.Headline))],
            cancellationToken);

        ItemOutcome[] recorded = [.. finished.Select(item => item.Outcome)];
        var counted = await items.RecordAsync(recorded, cancellationToken);
        metrics.ItemsRecorded(recorded.Count(outcome => outcome.Failure is null), recorded.Count(outcome => outcome.Failure is not null));
        foreach (var scan in counted)
        {
            await ReportAsync(publisher, scan, cancellationToken);
        }
    }

    private async Task ReportAsync(IPublishEndpoint publisher, CountedScan scan, CancellationToken cancellationToken)
    {
        if (scan.ReadyToCommit)
        {
            await progress.ReportAsync(scan.ScanId, ProgressType.Progress, null, cancellationToken);
            await publisher.Publish(new CommitBrand(scan.ScanId), cancellationToken);
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
