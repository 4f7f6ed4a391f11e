using Adology.Modules.Contracts;
using Adology.Modules.Scans.Data;

namespace Adology.Modules.Scans.Queries;

internal static class ScanViews
{
    public static ScanView Of(Scan scan)
    {
        var (processed, total) = PhaseCounts.Of(scan.Status, scan.Total, scan.Acquired, scan.Failed, scan.EnrichTotal, scan.Enriched);
        return new ScanView(
            scan.Id,
            scan.Brand,
            ScanStatusText.Of(scan.Status),
            scan.Phase,
            total,
            processed,
            scan.Failed,
            ScanProgress.Percent(scan.Status, total, processed),
            scan.Message,
            scan.CreatedAt,
            scan.CompletedAt);
    }
}
