using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Queries;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans.ListScans;

internal sealed class ListScansHandler(AdologyDb db)
{
    public async Task<Page<ScanView>> HandleAsync(Viewer viewer, PageRequest page, CancellationToken cancellationToken)
    {
        var visible = db.Set<Scan>().AsNoTracking().VisibleTo(viewer);
        var total = await visible.LongCountAsync(cancellationToken);
        var scans = await visible
            .OrderByDescending(scan => scan.CreatedAt)
            .ThenByDescending(scan => scan.Id)
            .Skip(page.Skip)
            .Take(page.PageSize)
            .ToListAsync(cancellationToken);
        return new Page<ScanView>([.. scans.Select(ScanViews.Of)], total, page.PageNumber, page.PageSize);
    }
}
