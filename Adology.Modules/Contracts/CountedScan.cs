namespace Adology.Modules.Contracts;

/// <summary>A scan whose counters a batch of outcomes moved.</summary>
/// <param name="Finished">This batch counted the scan's last item; <paramref name="Status"/> then says how it ends: committing, or failed (too many failed items).</param>
public sealed record CountedScan(Guid ScanId, bool Finished, string Status)
{
    public bool ReadyToCommit => Finished && Status == ScanStatuses.Committing;

    public bool FailedTooOften => Finished && Status == ScanStatuses.Failed;
}
