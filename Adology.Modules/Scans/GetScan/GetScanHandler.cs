using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Queries;

namespace Adology.Modules.Scans.GetScan;

internal sealed class GetScanHandler(AdologyDb db)
{
    public async Task<ScanView?> HandleAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken) =>
        await db.FindVisibleScanAsync(scanId, viewer, cancellationToken) is { } scan ? ScanViews.Of(scan) : null;
}
