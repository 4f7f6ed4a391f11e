namespace Adology.Modules.Contracts;

/// <summary>
/// The stored log of every scan's numbered live events, each stored in the transaction that numbered it, so that a
/// client can resume after the last event it saw (the Server-Sent Events stream).
/// </summary>
public interface IProgressLog
{
    /// <summary>Up to <paramref name="limit"/> of the scan's events after <paramref name="afterSeq"/>, in seq order.</summary>
    Task<ProgressLogSlice> ReadAfterAsync(Guid scanId, long afterSeq, int limit, CancellationToken cancellationToken);

    /// <summary>Returns as soon as this host stores an event of the scan, or after <paramref name="timeout"/>.</summary>
    Task WaitAsync(Guid scanId, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Deletes the events of scans that finished before the cutoff; returns how many.</summary>
    Task<int> PurgeFinishedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken);
}
