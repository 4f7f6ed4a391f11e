using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather;

/// <summary>
/// ScanRequested → lists the brand's creatives from the scan's source, caps their metadata, stages them with the expected
/// total in one transaction, then publishes an AcquireCreatives per batch of pending items, in batched publishes (or
/// CommitBrand when nothing is left to acquire). Reports STARTED, then PROGRESS or ERROR.
/// </summary>
internal sealed class ScanRequestedConsumer(
    IScanLedger ledger,
    IScanItems items,
    IEnumerable<ICreativeSource> sources,
    IScanProgress progress,
    IScanCancellation cancellation,
    IOptions<GatherOptions> options)
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

        await progress.ReportAsync(scan.ScanId, ProgressType.Started, StartedData(scan), cancellationToken);
        var staged = await GatherAndStageAsync(scan, cancellationToken);
        if (staged is null)
        {
            return;
        }

        if (staged.FailedTooOften)
        {
            await progress.ReportAsync(scan.ScanId, ProgressType.Error, null, cancellationToken);
            return;
        }

        await progress.ReportAsync(scan.ScanId, ProgressType.Progress, null, cancellationToken);
        foreach (var chunk in staged.Pending.Chunk(options.Value.PublishBatchSize))
        {
            await context.PublishBatch(chunk, cancellationToken);
        }

        if (staged.ReadyToCommit)
        {
            await context.Publish(new CommitBrand(scan.ScanId), cancellationToken);
        }
    }

    /// <summary>
    /// Gathers, caps and stages the scan's creatives; null when the scan failed (reported) or was cancelled meanwhile. A
    /// method of its own, so the gathered creatives with their metadata (a large brand's hundred thousand) are garbage
    /// while the AcquireCreatives are published, rather than held by this consumer's state.
    /// </summary>
    private async Task<StageResult?> GatherAndStageAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var source = sources.Single(source => source.Type == scan.SourceType);
        var gathered = await GatherAsync(source, scan, cancellationToken);
        if (gathered is null)
        {
            return null;
        }

        var capped = gathered.Select(creative => creative with
        {
            MetadataJson = MetadataCap.Apply(creative.MetadataJson, options.Value.MaxMetadataFieldLength, options.Value.MaxMetadataBytes),
        }).ToList();
        return await items.StageAsync(scan.ScanId, capped, source.ListsStoredBlobs, cancellationToken);
    }

    /// <summary>The gathered creatives, or null when the scan failed (reported) or was cancelled meanwhile.</summary>
    private async Task<IReadOnlyList<GatheredCreative>?> GatherAsync(ICreativeSource source, ScanWork scan, CancellationToken cancellationToken)
    {
        try
        {
            return await cancellation.UnlessCancelledAsync(scan.ScanId, token => source.GatherAsync(scan, token), cancellationToken);
        }
        catch (GatherFailedException exception)
        {
            await ledger.FailAsync(scan.ScanId, exception.Message, cancellationToken);
            await progress.ReportAsync(scan.ScanId, ProgressType.Error, null, cancellationToken);
            return null;
        }
    }

    private static object StartedData(ScanWork scan) => new
    {
        brand = scan.Brand,
        source = scan.Source,
    };
}
