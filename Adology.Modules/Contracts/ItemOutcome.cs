namespace Adology.Modules.Contracts;

/// <summary>How one staged item ended: acquired with its fingerprint and insight (null when a configured model failed), or failed with its reason.</summary>
public sealed record ItemOutcome(Guid ScanId, int Ordinal, CreativeFingerprint? Fingerprint, CreativeInsight? Insight, string? Failure)
{
    public static ItemOutcome Acquired(Guid scanId, int ordinal, CreativeFingerprint fingerprint, CreativeInsight? insight) =>
        new(scanId, ordinal, fingerprint, insight, null);

    public static ItemOutcome Failed(Guid scanId, int ordinal, string reason) =>
        new(scanId, ordinal, null, null, reason);
}
