using System.Collections.Concurrent;
using Adology.Modules.Contracts;

namespace Adology.Modules.Scans.Progress;

/// <summary>The cancellation tokens of the scans this host works on, cancelled when a scan is cancelled here.</summary>
internal sealed class ScanCancellation : IScanCancellation
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> sources = new();

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

    public void Cancel(Guid scanId) => sources.GetOrAdd(scanId, _ => new CancellationTokenSource()).Cancel();

    /// <summary>
    /// The scan has ended: its token is no longer needed (not disposed: work may still hold it). A cancelled
    /// scan's token stays, so that work of it that starts late still finds it cancelled.
    /// </summary>
    public void Forget(Guid scanId)
    {
        if (sources.TryGetValue(scanId, out var source) && !source.IsCancellationRequested)
        {
            sources.TryRemove(scanId, out _);
        }
    }
}
