using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather;

/// <summary>
/// ScanRequested → lists the brand's creatives from the scan's source, stages them with the expected
/// total in one transaction, then publishes one AcquireCreative per pending item, in batches.
/// </summary>
internal sealed class ScanRequestedConsumer(
    IScanLedger ledger, IScanItems items, IEnumerable<ICreativeSource> sources, IOptions<GatherOptions> options)
    : IConsumer<ScanRequested>
{
    public async Task Consume(ConsumeContext<ScanRequested> context)
    {
        var cancellationToken = context.CancellationToken;
        var scan = await ledger.BeginGatherAsync(context.Message.ScanId, cancellationToken);
        if (scan is null)
        {
            return;
        }

        IReadOnlyList<GatheredCreative> gathered;
        try
        {
            var source = sources.Single(source => source.Type == scan.SourceType);
            gathered = await source.GatherAsync(scan, cancellationToken);
        }
        catch (GatherFailedException exception)
        {
            await ledger.FailAsync(scan.ScanId, exception.Message, cancellationToken);
            return;
        }

        var staged = await items.StageAsync(scan.ScanId, gathered, cancellationToken);
        foreach (var chunk in staged.Pending.Chunk(options.Value.PublishBatchSize))
        {
            await context.PublishBatch(chunk, cancellationToken);
        }

        if (staged.AllItemsFinished)
        {
            await context.Publish(new CommitBrand(scan.ScanId), cancellationToken);
        }
    }
}
