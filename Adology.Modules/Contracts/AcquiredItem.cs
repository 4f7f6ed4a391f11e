namespace Adology.Modules.Contracts;

/// <summary>A successfully acquired item of a scan, as Commit and Ai read it.</summary>
/// <param name="Insight">Null for items acquired before insights were stored.</param>
public sealed record AcquiredItem(int Ordinal, string Url, string? MetadataJson, CreativeFingerprint Fingerprint, CreativeInsight? Insight);
