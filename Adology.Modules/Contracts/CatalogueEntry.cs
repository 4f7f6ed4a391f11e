namespace Adology.Modules.Contracts;

/// <summary>A committed creative as the analysis reads it.</summary>
/// <param name="Insight">Null for creatives committed before insights were stored.</param>
public sealed record CatalogueEntry(Guid Id, string Url, string? MetadataJson, CreativeFingerprint Fingerprint, CreativeInsight? Insight, Guid FirstScanId);
