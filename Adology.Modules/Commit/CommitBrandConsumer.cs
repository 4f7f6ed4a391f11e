using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using MassTransit;

namespace Adology.Modules.Commit;

/// <summary>
/// CommitBrand → in ONE transaction: locks the finished scan, upserts its acquired items into the
/// catalogue and marks it committed; then publishes AnalyzeBrand. A redelivered message finds the scan
/// no longer committing and changes nothing.
/// </summary>
internal sealed class CommitBrandConsumer(AdologyDb db, IScanLedger ledger, IScanItems items, CatalogueWriter catalogue, TimeProvider clock)
    : IConsumer<CommitBrand>
{
    public async Task Consume(ConsumeContext<CommitBrand> context)
    {
        var cancellationToken = context.CancellationToken;
        var scanId = context.Message.ScanId;
        var committed = await db.InTransactionAsync(
            async () =>
            {
                var scan = await ledger.BeginCommitAsync(scanId, cancellationToken);
                if (scan is null)
                {
                    return false;
                }

                var acquired = await items.ReadAcquiredAsync(scanId, cancellationToken);
                await catalogue.UpsertAsync(scan, acquired, clock.GetUtcNow(), cancellationToken);
                await ledger.MarkCommittedAsync(scanId, cancellationToken);
                return true;
            },
            cancellationToken);

        if (committed)
        {
            await context.Publish(new AnalyzeBrand(scanId), cancellationToken);
        }
    }
}
