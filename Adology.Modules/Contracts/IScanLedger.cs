namespace Adology.Modules.Contracts;

/// <summary>
/// The durable book of a scan's progress through the pipeline: its status, its staged items and the
/// barrier counter. Each step moves the scan forward only from the status it expects, so a redelivered
/// message finds nothing to do. Calls join the caller's database transaction when one is open.
/// </summary>
public interface IScanLedger
{
    /// <summary>Queued → gathering. Null when the scan is not waiting to be gathered.</summary>
    Task<ScanWork?> BeginGatherAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: stores the gathered items (malformed ones already failed, with their reason),
    /// sets the expected total and moves gathering → acquiring.
    /// </summary>
    Task<StageResult> StageAsync(Guid scanId, IReadOnlyList<GatheredCreative> items, CancellationToken cancellationToken);

    /// <summary>The given items that are still pending in a scan that is acquiring.</summary>
    Task<IReadOnlyList<AcquireCreative>> PendingAsync(IReadOnlyList<AcquireCreative> items, CancellationToken cancellationToken);

    /// <summary>
    /// Records outcomes of pending items and counts them atomically. Returns the scans whose count just
    /// reached their total: each scan is returned by exactly one call, whatever the concurrency.
    /// </summary>
    Task<IReadOnlyList<Guid>> RecordAsync(IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken);

    /// <summary>Locks an acquiring scan whose items are all finished, for the commit. Null otherwise.</summary>
    Task<ScanWork?> BeginCommitAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>The scan's acquired items, in ordinal order.</summary>
    Task<IReadOnlyList<AcquiredItem>> ReadAcquiredAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>Acquiring → analyzing, once the catalogue holds the scan.</summary>
    Task MarkCommittedAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>The scan when it is analyzing. Null otherwise.</summary>
    Task<ScanWork?> BeginAnalysisAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>Analyzing → completed.</summary>
    Task CompleteAsync(Guid scanId, string message, CancellationToken cancellationToken);

    /// <summary>Any unfinished status → failed, keeping the reason.</summary>
    Task FailAsync(Guid scanId, string reason, CancellationToken cancellationToken);
}
