using System.Collections.Concurrent;

namespace Adology.Modules.Scans.EventLog;

/// <summary>
/// Wakes this host's readers of a scan's log as soon as this host stores an event of it; events stored by other
/// hosts are found by the readers' polling instead.
/// </summary>
internal sealed class ProgressSignal(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> waiting = new();

    public async Task WaitAsync(Guid scanId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stored = waiting.GetOrAdd(scanId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = await Task.WhenAny(stored.Task, Task.Delay(timeout, clock, stop.Token));
        await stop.CancelAsync();
        if (woken != stored.Task)
        {
            // Nothing stored here meanwhile (perhaps another host works on the scan): the entry goes, so none is kept for
            // scans whose events this host never stores; a reader still holding it falls back to its timeout.
            waiting.TryRemove(KeyValuePair.Create(scanId, stored));
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Stored(Guid scanId)
    {
        if (waiting.TryRemove(scanId, out var stored))
        {
            stored.TrySetResult();
        }
    }
}
