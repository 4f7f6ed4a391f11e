using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Queries;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans.ListScanFailures;

internal sealed class ListScanFailuresHandler(AdologyDb db)
{
    public async Task<Page<FailedItem>?> HandleAsync(Guid scanId, Viewer viewer, PageRequest page, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleScanAsync(scanId, viewer, cancellationToken) is null)
        {
            return null;
        }

        var failed = db.Set<ScanItem>().AsNoTracking().Where(item => item.ScanId == scanId && item.State == ScanItemState.Failed);
        var total = await failed.LongCountAsync(cancellationToken);
        var items = await failed
            .OrderBy(item => item.Ordinal)
            .Skip(page.Skip)
            .Take(page.PageSize)
            .Select(item => new FailedItem(item.Ordinal, item.Url, item.Failure ?? "unknown"))
            .ToListAsync(cancellationToken);
        return new Page<FailedItem>(items, total, page.PageNumber, page.PageSize);
    }
}
