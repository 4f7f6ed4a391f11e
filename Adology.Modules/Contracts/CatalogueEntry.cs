namespace Adology.Modules.Contracts;

/// <summary>A committed creative as the analysis reads it: its copy and platform already read off its metadata.</summary>
/// <param name="Insight">
/// Null for creatives committed before insights were stored, and in the brand-wide read, which gives <see cref="Stored"/> instead.
/// </param>
public sealed record CatalogueEntry(Guid Id, AdCopy Copy, string? Platform, CreativeFingerprint Fingerprint, CreativeInsight? Insight, Guid FirstScanId)
{
    /// <summary>
    /// The insight as stored, its embeddings still encoded (<see cref="ICatalogue.ReadBrandAsync"/>): a brand's hundred
    /// thousand creatives held at a fifth of their decoded size, each row decoded when the analysis reads it.
    /// </summary>
    public StoredInsight? Stored { get; init; }
}
