namespace Adology.Modules.Contracts;

/// <summary>
/// The durable status of a scan as it moves through the pipeline. Each step moves the scan forward
/// only from the status it expects, so a redelivered message finds nothing to do. Calls join the
/// caller's database transaction when one is open.
/// </summary>
public interface IScanLedger
{
    /// <summary>Queued (or a gather that never finished) → gathering. Null when the scan is past gathering.</summary>
    Task<ScanWork?> BeginGatherAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps what gathering wants the user to know (e.g. the pictures a page source skipped) as the scan's message
    /// while it runs; the completed scan's message ends with it. Only while the scan is gathering.
    /// </summary>
    Task NoteAsync(Guid scanId, string note, CancellationToken cancellationToken);

    /// <summary>
    /// A scan whose items are all finished, for the commit; null when there is nothing to commit. Its row is not locked: the
    /// scan's progress events, which number themselves on that row, keep flowing while the commit writes the catalogue.
    /// </summary>
    Task<ScanWork?> BeginCommitAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>Committing → enriching, once the catalogue holds the scan; false when the scan is no longer committing (cancelled meanwhile).</summary>
    Task<bool> MarkCommittedAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>The scan when it is enriching. Null otherwise.</summary>
    Task<ScanWork?> BeginEnrichmentAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>
    /// Records how many of the scan's distinct creatives are enriched, of how many, and renews the scan's lease against
    /// the recovery sweep; false when the scan is no longer enriching (it was cancelled).
    /// </summary>
    Task<bool> CountEnrichedAsync(Guid scanId, int enriched, int total, CancellationToken cancellationToken);

    /// <summary>Enriching → analyzing; false when the scan was no longer enriching (another delivery moved it, or it was cancelled).</summary>
    Task<bool> MarkEnrichedAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>The scan when it is analyzing. Null otherwise.</summary>
    Task<ScanWork?> BeginAnalysisAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>
    /// The scan when it is completed but its COMPLETE was never sent: the delivery that completed it failed before
    /// reporting it, and its retry reports it. Null otherwise.
    /// </summary>
    Task<ScanWork?> FindCompletedUnreportedAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>Analyzing → completed; false when the scan was no longer analyzing (another delivery completed it).</summary>
    Task<bool> CompleteAsync(Guid scanId, string message, CancellationToken cancellationToken);

    /// <summary>Any unfinished status → failed, keeping the reason.</summary>
    Task FailAsync(Guid scanId, string reason, CancellationToken cancellationToken);
}
