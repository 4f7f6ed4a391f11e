namespace Adology.Modules.Contracts;

/// <summary>A successfully acquired item of a scan, as Commit and Ai read it.</summary>
/// <param name="Insight">Null for items acquired before insights were stored, and where <see cref="Stored"/> is given instead.</param>
public sealed record AcquiredItem(int Ordinal, string Url, string? MetadataJson, CreativeFingerprint Fingerprint, CreativeInsight? Insight)
{
    /// <summary>
    /// The insight as stored, its embeddings still encoded (<see cref="IScanItems.ReadAcquiredContentsAsync"/>): the
    /// commit passes the bytes on to the catalogue as they are.
    /// </summary>
    public StoredInsight? Stored { get; init; }
}
