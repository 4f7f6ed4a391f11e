using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using MassTransit;

namespace Adology.Modules.Commit;

/// <summary>
/// CommitBrand → in ONE transaction: upserts the finished scan's acquired items into the catalogue, settles the scan's
/// found creatives to those it added (ITEM_FOUND went out as they were acquired; the commit sends none) and marks it
/// committed (now enriching); then publishes EnrichScan, whose phase reports its own PROGRESS. The scan's row is written
/// last, so it is not locked while the catalogue is written: the scan's progress events, numbered on that row, do not
/// wait for the commit (they waited 1.3–1.7 s for a 6,600-item scan). A scan cancelled meanwhile, or a redelivered
/// message whose twin committed first, finds the scan no longer committing at that last step and rolls everything back.
/// </summary>
internal sealed class CommitBrandConsumer(
    AdologyDb db, IScanLedger ledger, IScanItems items, CatalogueWriter catalogue, IScanFindings findings, TimeProvider clock)
    : IConsumer<CommitBrand>
{
    private const int ChunkSize = 2_000;

    public async Task Consume(ConsumeContext<CommitBrand> context)
    {
        var cancellationToken = context.CancellationToken;
        var scanId = context.Message.ScanId;
        // The one transaction spans two modules' tables, each written by its owner (the scan through IScanLedger and
        // IScanItems): a scan is marked committed exactly when its items are in the catalogue.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var scan = await ledger.BeginCommitAsync(scanId, cancellationToken);
        if (scan is null)
        {
            return;
        }

        // A chunk at a time, in content-hash order: a scan of a hundred thousand items is never held whole.
        var now = clock.GetUtcNow();
        var settled = new List<SettledCreative>();
        await foreach (var chunk in items.ReadAcquiredContentsAsync(scanId, ChunkSize, cancellationToken))
        {
            settled.AddRange(Settled(chunk, await catalogue.UpsertAsync(scan, chunk, now, cancellationToken)));
        }

        await findings.SettleAsync(scanId, settled, cancellationToken);
        if (!await ledger.MarkCommittedAsync(scanId, cancellationToken))
        {
            // Disposed uncommitted, the transaction rolls back.
            return;
        }

        await transaction.CommitAsync(cancellationToken);
        await context.Publish(new EnrichScan(scanId), cancellationToken);
    }

    /// <summary>Each added creative with the first of the scan's items (in ordinal order) that showed it, and that item's headline.</summary>
    private static List<SettledCreative> Settled(IReadOnlyList<AcquiredContent> chunk, IReadOnlyList<FoundCreative> added)
    {
        var first = chunk.ToDictionary(content => Convert.ToHexStringLower(content.First.Fingerprint.Sha256), content => content.First);
        return
        [
            .. added.Select(creative => (creative.Id, Item: first[creative.Sha256])).Select(found => new SettledCreative(
                found.Id, found.Item.Ordinal, found.Item.Fingerprint.Sha256, found.Item.Url, AdCopy.Of(found.Item.MetadataJson).Headline)),
        ];
    }
}
