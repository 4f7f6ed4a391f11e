using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Queries;

namespace Adology.Modules.Scans.GetScanState;

/// <summary>The scan as a client joining its live progress needs it: the view and the number of its last event.</summary>
internal sealed class GetScanStateHandler(AdologyDb db)
{
    public async Task<JobState?> HandleAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleScanAsync(scanId, viewer, cancellationToken) is not { } scan)
        {
            return null;
        }

        var view = ScanViews.Of(scan);
        return new JobState(
            scan.Id, scan.Seq, view.Brand, view.Status, view.Phase, view.Progress, view.Processed, view.Total, view.Failed, view.Message, view.CreatedAt, view.CompletedAt);
    }
}
