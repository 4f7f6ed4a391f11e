using Adology.Modules.Contracts;
using MassTransit;

namespace Adology.Modules.Scans.Progress;

/// <summary>ScanEnded, on every host → stops this host's work of a cancelled scan and forgets the scan's local state.</summary>
internal sealed class ScanEndedConsumer(ScanCancellation cancellation, ProgressEmitter progress) : IConsumer<ScanEnded>
{
    public Task Consume(ConsumeContext<ScanEnded> context)
    {
        var ended = context.Message;
        if (ended.Status == ScanStatuses.Cancelled)
        {
            cancellation.Cancel(ended.ScanId);
        }
        else
        {
            cancellation.Forget(ended.ScanId);
        }

        progress.Forget(ended.ScanId);
        return Task.CompletedTask;
    }
}
