namespace Adology.Modules.Contracts;

/// <summary>
/// A scan's statuses as they are stored, sent and shown: the words of <see cref="ScanView.Status"/>,
/// <see cref="JobState.Status"/>, <see cref="ScanEnded.Status"/>, <see cref="StageResult.Status"/> and <see cref="CountedScan.Status"/>.
/// </summary>
public static class ScanStatuses
{
    public const string Queued = "queued";
    public const string Gathering = "gathering";
    public const string Acquiring = "acquiring";
    public const string Committing = "committing";
    public const string Enriching = "enriching";
    public const string Analyzing = "analyzing";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
