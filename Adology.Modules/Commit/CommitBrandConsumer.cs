using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using MassTransit;

namespace Adology.Modules.Commit;

/// <summary>
/// CommitBrand → in ONE transaction: locks the finished scan, upserts its acquired items into the
/// catalogue and marks it committed (now enriching); then reports the creatives new to the brand
/// (ITEM_FOUND) and publishes EnrichScan, whose phase reports its own PROGRESS. A redelivered message finds the scan no longer committing and changes nothing.
/// </summary>
internal sealed class CommitBrandConsumer(
    AdologyDb db, IScanLedger ledger, IScanItems items, CatalogueWriter catalogue, IScanProgress progress, TimeProvider clock)
    : IConsumer<CommitBrand>
{
    public async Task Consume(ConsumeContext<CommitBrand> context)
    {
        var cancellationToken = context.CancellationToken;
        var scanId = context.Message.ScanId;
        // The one transaction spans two modules' tables, each written by its owner (the scan through IScanLedger and
        // IScanItems): the scan's row stays locked until its items are in the catalogue, so a cancel cannot slip in
        // between, and a scan is marked committed exactly when its items are.
        var found = await db.InTransactionAsync(
            async () =>
            {
                var scan = await ledger.BeginCommitAsync(scanId, cancellationToken);
                if (scan is null)
                {
                    return null;
                }

                var acquired = await items.ReadAcquiredAsync(scanId, cancellationToken);
                var added = await catalogue.UpsertAsync(scan, acquired, clock.GetUtcNow(), cancellationToken);
                await ledger.MarkCommittedAsync(scanId, cancellationToken);
                return added;
            },
            cancellationToken);

        if (found is not null)
        {
            // Found items go out before the analysis can complete the scan: nothing follows COMPLETE.
            await progress.ItemsFoundAsync(scanId, found, cancellationToken);
            await context.Publish(new EnrichScan(scanId), cancellationToken);
        }
    }
}
