using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.CancelScan;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Queries;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans;

internal sealed class ScanService(AdologyDb db, IPublishEndpoint publisher, ScanCanceller canceller, TimeProvider clock) : IScans
{
    public async Task<ScanAccepted> StartAsync(Guid ownerId, StartScanRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var source = request.Source!;
        var scan = new Scan
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Brand = Brand.Normalize(request.Brand!),
            SourceType = source.Type!,
            DemoCount = source.Type == "demo" ? source.Count : null,
            FeedUrl = source.Type == "feed" ? source.Url : null,
            Status = ScanStatus.Queued,
            Phase = "queued",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        await publisher.Publish(new ScanRequested(scan.Id), cancellationToken);
        var what = scan.SourceType == "demo" ? $"{scan.DemoCount} demo creatives" : "the feed's creatives";
        return new ScanAccepted(scan.Id, "processing", $"Scan of '{scan.Brand}' accepted: gathering {what}.");
    }

    public async Task<ScanView?> FindAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken)
    {
        var scan = await db.Set<Scan>().AsNoTracking().SingleOrDefaultAsync(scan => scan.Id == scanId, cancellationToken);
        return scan is not null && viewer.CanSee(scan.OwnerId) ? ScanViews.Of(scan) : null;
    }

    public async Task<Page<ScanView>> ListAsync(Viewer viewer, PageRequest page, CancellationToken cancellationToken)
    {
        var visible = db.Set<Scan>().AsNoTracking().Where(scan => viewer.IsAdmin || scan.OwnerId == viewer.UserId);
        var total = await visible.LongCountAsync(cancellationToken);
        var scans = await visible
            .OrderByDescending(scan => scan.CreatedAt)
            .ThenByDescending(scan => scan.Id)
            .Skip(page.Skip)
            .Take(page.PageSize)
            .ToListAsync(cancellationToken);
        return new Page<ScanView>([.. scans.Select(ScanViews.Of)], total, page.PageNumber, page.PageSize);
    }

    public async Task<Page<FailedItem>?> FailuresAsync(Guid scanId, Viewer viewer, PageRequest page, CancellationToken cancellationToken)
    {
        var scan = await db.Set<Scan>().AsNoTracking().SingleOrDefaultAsync(scan => scan.Id == scanId, cancellationToken);
        if (scan is null || !viewer.CanSee(scan.OwnerId))
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

    public async Task<JobState?> StateAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken)
    {
        var scan = await db.Set<Scan>().AsNoTracking().SingleOrDefaultAsync(scan => scan.Id == scanId, cancellationToken);
        return scan is not null && viewer.CanSee(scan.OwnerId) ? ScanStates.Of(scan) : null;
    }

    public Task<CancelOutcome> CancelAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken) =>
        canceller.CancelAsync(scanId, viewer, cancellationToken);

    public async Task<ScanFigures> FiguresAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var visible = db.Set<Scan>().AsNoTracking().Where(scan => viewer.IsAdmin || scan.OwnerId == viewer.UserId);
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
