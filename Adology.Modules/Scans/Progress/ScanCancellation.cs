using System.Collections.Concurrent;
using Adology.Modules.Contracts;

namespace Adology.Modules.Scans.Progress;

/// <summary>The cancellation tokens of the scans this host works on, cancelled when a scan is cancelled here.</summary>
internal sealed class ScanCancellation(TimeProvider clock) : IScanCancellation
{
    /// <summary>
    /// How long a cancelled scan's token is kept after the cancel, so that work of it delivered late (a redelivery, a
    /// slow consumer) still finds it cancelled; later work finds the scan cancelled in the database.
    /// </summary>
    public static readonly TimeSpan CancelledKept = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> sources = new();
    private readonly ConcurrentDictionary<Guid, long> cancelledAt = new();

    public CancellationToken TokenFor(Guid scanId) => sources.GetOrAdd(scanId, _ => new CancellationTokenSource()).Token;

    public async Task<T?> UnlessCancelledAsync<T>(Guid scanId, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class
    {
        var cancelled = TokenFor(scanId);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, cancelled);
        try
        {
            return await work(linked.Token);
        }
        catch (OperationCanceledException) when (cancelled.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Cancel(Guid scanId)
    {
        DropLongCancelled();
        sources.GetOrAdd(scanId, _ => new CancellationTokenSource()).Cancel();
        cancelledAt.TryAdd(scanId, clock.GetTimestamp());
    }

    /// <summary>
    /// The scan has ended: its token is no longer needed (not disposed: work may still hold it). A cancelled
    /// scan's token stays for <see cref="CancelledKept"/>, so that work of it that starts late still finds it cancelled.
    /// </summary>
    public void Forget(Guid scanId)
    {
        DropLongCancelled();
        if (sources.TryGetValue(scanId, out var source) && !source.IsCancellationRequested)
        {
            sources.TryRemove(scanId, out _);
        }
    }

    /// <summary>Done whenever a scan is cancelled or ends, so the cancelled scans kept are those of the last minutes.</summary>
    private void DropLongCancelled()
    {
        foreach (var (scanId, at) in cancelledAt)
        {
            if (clock.GetElapsedTime(at) > CancelledKept && cancelledAt.TryRemove(scanId, out _))
            {
                sources.TryRemove(scanId, out _);
            }
        }
    }
}
