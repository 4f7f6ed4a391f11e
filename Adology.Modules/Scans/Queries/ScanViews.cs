using Adology.Modules.Contracts;
using Adology.Modules.Scans.Data;

namespace Adology.Modules.Scans.Queries;

internal static class ScanViews
{
    public static ScanView Of(Scan scan)
    {
        var processed = scan.Acquired + scan.Failed;
        return new ScanView(
            scan.Id,
            scan.Brand,
            ScanStatusText.Of(scan.Status),
            scan.Phase,
            scan.Total,
            processed,
            scan.Failed,
            ScanProgress.Percent(scan.Status, scan.Total, processed),
            scan.Message,
            scan.CreatedAt,
            scan.CompletedAt);
    }
}
