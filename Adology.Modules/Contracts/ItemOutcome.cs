namespace Adology.Modules.Contracts;

/// <summary>How one staged item ended: acquired with its fingerprint, or failed with its reason.</summary>
public sealed record ItemOutcome(Guid ScanId, int Ordinal, CreativeFingerprint? Fingerprint, string? Failure)
{
    public static ItemOutcome Acquired(Guid scanId, int ordinal, CreativeFingerprint fingerprint) =>
        new(scanId, ordinal, fingerprint, null);

    public static ItemOutcome Failed(Guid scanId, int ordinal, string reason) =>
        new(scanId, ordinal, null, reason);
}
