namespace Adology.Modules.Contracts;

/// <summary>The staged items still to acquire, as acquire messages, and the scan's status after staging.</summary>
/// <param name="Status">acquiring; committing when nothing is left to acquire; failed when too many items failed already;
/// empty when the scan was not gathering (staged before, or cancelled).</param>
public sealed record StageResult(IReadOnlyList<AcquireCreatives> Pending, string Status)
{
    public bool ReadyToCommit => Status == ScanStatuses.Committing;

    public bool FailedTooOften => Status == ScanStatuses.Failed;
}
