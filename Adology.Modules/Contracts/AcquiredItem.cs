namespace Adology.Modules.Contracts;

/// <summary>A successfully acquired item of a scan, as Commit and Ai read it.</summary>
public sealed record AcquiredItem(int Ordinal, string Url, string? MetadataJson, CreativeFingerprint Fingerprint);
