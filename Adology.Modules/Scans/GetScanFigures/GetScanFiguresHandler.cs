using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Queries;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans.GetScanFigures;

/// <summary>The viewer's scans counted by status, their brands, failed items and last activity, straight from the database.</summary>
internal sealed class GetScanFiguresHandler(AdologyDb db)
{
    public async Task<ScanFigures> HandleAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var visible = db.Set<Scan>().AsNoTracking().VisibleTo(viewer);
        var byStatus = await visible.GroupBy(scan => scan.Status).Select(group => new { Status = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var totals = await visible.GroupBy(_ => 1)
            .Select(all => new
            {
                Brands = all.Select(scan => scan.Brand).Distinct().Count(),
                FailedItems = all.Sum(scan => (long)scan.Failed),
                LastActivityAt = all.Max(scan => (DateTimeOffset?)scan.UpdatedAt),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var counts = Enum.GetValues<ScanStatus>().ToDictionary(
            ScanStatusText.Of, status => byStatus.SingleOrDefault(group => group.Status == status)?.Count ?? 0);
        return new ScanFigures(counts, counts.Values.Sum(), totals?.Brands ?? 0, totals?.FailedItems ?? 0, totals?.LastActivityAt);
    }
}
