namespace Adology.Modules.Contracts;

/// <summary>
/// Reports a scan's live progress. Each event takes the next sequence number of the job in the database
/// and the events of a job leave this host in that order. Call it after the change it reports is committed.
/// </summary>
public interface IScanProgress
{
    /// <summary>Sends an event of the given type with the scan's current figures.</summary>
    Task ReportAsync(Guid scanId, string type, object? data, CancellationToken cancellationToken);

    /// <summary>The counts moved: a PROGRESS event, at most one per job every 250 ms.</summary>
    void Moved(Guid scanId);

    /// <summary>
    /// Pictures a batch found: an ITEM_FOUND event with them, and with those of batches that came while an earlier one
    /// was being sent; they have all left this host when the call returns.
    /// </summary>
    Task ItemsFoundAsync(Guid scanId, IReadOnlyList<ScanFinding> items, CancellationToken cancellationToken);
}
