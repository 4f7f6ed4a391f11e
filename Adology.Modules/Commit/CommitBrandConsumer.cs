using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using MassTransit;

namespace Adology.Modules.Commit;

/// <summary>
/// CommitBrand → in ONE transaction: locks the finished scan, upserts its acquired items into the
/// catalogue, settles the scan's found creatives to those it added (ITEM_FOUND went out as they were acquired; the commit
/// sends none) and marks it committed (now enriching); then publishes EnrichScan, whose phase reports its own PROGRESS.
/// A redelivered message finds the scan no longer committing and changes nothing.
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
        // IScanItems): the scan's row stays locked until its items are in the catalogue, so a cancel cannot slip in
        // between, and a scan is marked committed exactly when its items are.
        var committed = await db.InTransactionAsync(
            async () =>
            {
                var scan = await ledger.BeginCommitAsync(scanId, cancellationToken);
                if (scan is null)
                {
                    return false;
                }

                // A chunk at a time, in content-hash order: a scan of a hundred thousand items is never held whole.
                var now = clock.GetUtcNow();
                var settled = new List<SettledCreative>();
                await foreach (var chunk in items.ReadAcquiredContentsAsync(scanId, ChunkSize, cancellationToken))
                {
                    settled.AddRange(Settled(chunk, await catalogue.UpsertAsync(scan, chunk, now, cancellationToken)));
                }

                await findings.SettleAsync(scanId, settled, cancellationToken);
                await ledger.MarkCommittedAsync(scanId, cancellationToken);
                return true;
            },
            cancellationToken);

        if (committed)
        {
            await context.Publish(new EnrichScan(scanId), cancellationToken);
        }
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
