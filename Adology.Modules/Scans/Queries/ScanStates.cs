using Adology.Modules.Contracts;
using Adology.Modules.Scans.Data;

namespace Adology.Modules.Scans.Queries;

internal static class ScanStates
{
    public static JobState Of(Scan scan)
    {
        var view = ScanViews.Of(scan);
        return new JobState(
            scan.Id, scan.Seq, view.Brand, view.Status, view.Phase, view.Progress, view.Processed, view.Total, view.Failed, view.Message, view.CreatedAt, view.CompletedAt);
    }
}
