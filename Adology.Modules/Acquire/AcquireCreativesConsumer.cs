using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Acquire;

/// <summary>
/// A batch of AcquireCreative → acquires the items still pending in parallel, makes their blobs durable,
/// then records and counts them all in one database round trip; publishes CommitBrand for each scan
/// whose last item this batch finished.
/// </summary>
internal sealed class AcquireCreativesConsumer(
    IScanItems items, CreativeAcquirer acquirer, FileBlobStore blobs, IOptions<AcquireOptions> options)
    : IConsumer<Batch<AcquireCreative>>
{
    public async Task Consume(ConsumeContext<Batch<AcquireCreative>> context)
    {
        var cancellationToken = context.CancellationToken;
        var requested = context.Message.Select(message => message.Message).DistinctBy(item => (item.ScanId, item.Ordinal)).ToList();
        var pending = await items.PendingAsync(requested, cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        var outcomes = new ItemOutcome[pending.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.DownloadsPerBatch, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, pending.Count),
            parallel,
            async (index, token) => outcomes[index] = await acquirer.AcquireAsync(pending[index], token));
        blobs.FlushToDisk();

        var finishedScans = await items.RecordAsync(outcomes, cancellationToken);
        foreach (var scanId in finishedScans)
        {
            await context.Publish(new CommitBrand(scanId), cancellationToken);
        }
    }
}
