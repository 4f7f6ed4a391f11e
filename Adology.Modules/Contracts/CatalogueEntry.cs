namespace Adology.Modules.Contracts;

/// <summary>A committed creative as the analysis reads it.</summary>
public sealed record CatalogueEntry(Guid Id, string Url, string? MetadataJson, CreativeFingerprint Fingerprint, Guid FirstScanId);
