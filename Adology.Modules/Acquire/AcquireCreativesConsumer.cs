using Adology.Modules.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Acquire;

/// <summary>
/// AcquireCreatives, a batch of a scan's items → acquires those still pending in parallel (an item of a scan cancelled
/// meanwhile stops and is left alone) and records the finished ones together (AcquiredItemsRecorder: matches, found
/// pictures, counts, CommitBrand for a scan whose last item this was). A download running longer than
/// <see cref="AcquireOptions.SlowAfter"/> is handed to the slow lane, as are the items of a user whose slow downloads
/// are all taken, so that a slow source holds back neither the batch nor anyone else's scan.
/// </summary>
internal sealed class AcquireCreativesConsumer(
    IScanItems items,
    CreativeAcquirer acquirer,
    AcquiredItemsRecorder recorder,
    SlowLane slowLane,
    IScanCancellation cancellation,
    IOptions<AcquireOptions> options)
    : IConsumer<AcquireCreatives>
{
    public async Task Consume(ConsumeContext<AcquireCreatives> context)
    {
        var cancellationToken = context.CancellationToken;
        var pending = (await items.PendingAsync(context.Message, cancellationToken)).Where(item => !slowLane.Holds(item)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var finished = new FinishedItem?[pending.Count];
        var settings = options.Value;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.DownloadsPerBatch, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, pending.Count), parallel, async (index, token) =>
        {
            var item = pending[index];
            if (slowLane.IsFull(item.OwnerId))
            {
                slowLane.Queue(item);
                return;
            }

            var running = cancellation.UnlessCancelledAsync(item.ScanId, work => acquirer.AcquireAsync(item, work), token);
            try
            {
                finished[index] = await running.WaitAsync(settings.SlowAfter, token) is { } outcome ? new FinishedItem(item, outcome) : null;
            }
            catch (TimeoutException)
            {
                slowLane.TakeOver(item, running);
            }
        });

        await recorder.RecordAsync([.. finished.OfType<FinishedItem>()], context, cancellationToken);
    }
}
