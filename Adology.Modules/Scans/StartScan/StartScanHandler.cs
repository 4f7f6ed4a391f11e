using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Watch;
using MassTransit;

namespace Adology.Modules.Scans.StartScan;

/// <summary>Records a new scan (the request already passed <see cref="StartScanRequestValidator"/>) and starts its pipeline.</summary>
internal sealed class StartScanHandler(AdologyDb db, IWatchlists watchlists, IPublishEndpoint publisher, TimeProvider clock)
{
    public async Task<ScanAccepted> HandleAsync(Guid ownerId, StartScanRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var source = request.Source!;
        var saved = await watchlists.FindAsync(ownerId, cancellationToken);
        var scan = new Scan
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Brand = Brand.Normalize(request.Brand!),
            SourceType = source.Type!,
            Source = source,
            Watch = WatchTerms.Union(request.Watch, saved.Terms),
            Status = ScanStatus.Queued,
            Phase = ScanPhases.Queued,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        await publisher.Publish(new ScanRequested(scan.Id), cancellationToken);
        var what = scan.SourceType switch
        {
            SourceTypes.Demo => $"{source.Count} demo creatives",
            SourceTypes.Page => "the page's pictures",
            SourceTypes.AdLibrary => "the ad library's ads",
            SourceTypes.Browser => "the creatives of the rendered page",
            SourceTypes.Upload => "the uploaded creatives",
            _ => "the feed's creatives",
        };
        return new ScanAccepted(scan.Id, "processing", $"Scan of '{scan.Brand}' accepted: gathering {what}.");
    }
}
