using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Quotas;
using Adology.Modules.Scans.Watch;
using MassTransit;

namespace Adology.Modules.Scans.StartScan;

/// <summary>
/// Records a new scan (the request already passed <see cref="StartScanRequestValidator"/>) and starts its pipeline, unless
/// its owner is over a quota: counted and written under the owner's lock, so concurrent starts cannot pass a limit together.
/// </summary>
internal sealed class StartScanHandler(AdologyDb db, IWatchlists watchlists, ScanQuotas quotas, IPublishEndpoint publisher, TimeProvider clock)
{
    public async Task<ScanAdmission> HandleAsync(Viewer owner, StartScanRequest request, CancellationToken cancellationToken)
    {
        var saved = await watchlists.FindAsync(owner.UserId, cancellationToken);
        var (scan, refusal) = await db.InTransactionAsync<(Scan?, QuotaRefusal?)>(
            async () =>
            {
                if (!owner.IsAdmin)
                {
                    await quotas.LockOwnerAsync(owner.UserId, cancellationToken);
                    if (await quotas.StartRefusalAsync(owner, cancellationToken) is { } refused)
                    {
                        return (null, refused);
                    }
                }

                var scan = NewScan(owner.UserId, request, WatchTerms.Union(request.Watch, saved.Terms));
                db.Add(scan);
                await db.SaveChangesAsync(cancellationToken);
                return (scan, null);
            },
            cancellationToken);
        if (scan is null)
        {
            return new ScanAdmission(null, refusal);
        }

        await publisher.Publish(new ScanRequested(scan.Id), cancellationToken);
        return new ScanAdmission(new ScanAccepted(scan.Id, "processing", $"Scan of '{scan.Brand}' accepted: gathering {What(scan.Source)}."), null);
    }

    /// <summary>Keeps a run that a quota refused as a failed scan with the reason, so its owner sees why it did not run.</summary>
    public async Task<Guid> RecordRefusedAsync(Guid ownerId, StartScanRequest request, QuotaRefusal refusal, CancellationToken cancellationToken)
    {
        var scan = NewScan(ownerId, request, []);
        scan.Status = ScanStatus.Failed;
        scan.Message = refusal.Detail;
        scan.CompletedAt = scan.CreatedAt;
        db.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        return scan.Id;
    }

    private Scan NewScan(Guid ownerId, StartScanRequest request, string[] watch)
    {
        var now = clock.GetUtcNow();
        return new Scan
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Brand = Brand.Normalize(request.Brand!),
            SourceType = request.Source!.Type!,
            Source = request.Source,
            Watch = watch,
            Status = ScanStatus.Queued,
            Phase = ScanPhases.Queued,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static string What(ScanSourceRequest source) => source.Type switch
    {
        SourceTypes.Demo => $"{source.Count} demo creatives",
        SourceTypes.Page => "the page's pictures",
        SourceTypes.AdLibrary => "the ad library's ads",
        SourceTypes.Browser => "the creatives of the rendered page",
        SourceTypes.Upload => "the uploaded creatives",
        _ => "the feed's creatives",
    };
}
