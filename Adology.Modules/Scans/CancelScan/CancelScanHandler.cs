using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Progress;
using Adology.Modules.Scans.Queries;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans.CancelScan;

/// <summary>
/// Cancels a scan that is not yet analysing: the status changes only from an unfinished status before the
/// analysis (a commit in progress marks the scan committed only if it is still committing, else rolls back, so the two
/// cannot both win; an enriching scan keeps its committed creatives and what was enriched), then this host's work on
/// it stops and a CANCELLED event goes out.
/// </summary>
internal sealed class CancelScanHandler(AdologyDb db, ScanCancellation cancellation, IScanProgress progress, TimeProvider clock)
{
    private static readonly ScanStatus[] Cancellable = [ScanStatus.Queued, ScanStatus.Gathering, ScanStatus.Acquiring, ScanStatus.Committing, ScanStatus.Enriching];

    public async Task<CancelOutcome> HandleAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleScanAsync(scanId, viewer, cancellationToken) is null)
        {
            return CancelOutcome.NotFound;
        }

        var now = clock.GetUtcNow();
        var cancelled = await db.Set<Scan>()
            .Where(candidate => candidate.Id == scanId && Cancellable.Contains(candidate.Status))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(candidate => candidate.Status, ScanStatus.Cancelled)
                    .SetProperty(candidate => candidate.Message, "Cancelled.")
                    .SetProperty(candidate => candidate.UpdatedAt, now)
                    .SetProperty(candidate => candidate.CompletedAt, now),
                cancellationToken);
        if (cancelled == 0)
        {
            var status = await db.Set<Scan>().Where(candidate => candidate.Id == scanId).Select(candidate => candidate.Status).SingleAsync(cancellationToken);
            return status == ScanStatus.Cancelled ? CancelOutcome.AlreadyCancelled : CancelOutcome.AlreadyFinished;
        }

        cancellation.Cancel(scanId);
        await progress.ReportAsync(scanId, ProgressType.Cancelled, null, cancellationToken);
        return CancelOutcome.Cancelled;
    }
}
