namespace Adology.Modules.Scans.Data;

/// <summary>A staged creative of a scan: gathered, then acquired or failed.</summary>
internal sealed class ScanItem
{
    public Guid ScanId { get; init; }

    public int Ordinal { get; init; }

    public required string Url { get; init; }

    public string? Metadata { get; init; }

    public ScanItemState State { get; set; }

    public string? Failure { get; set; }

    public byte[]? Sha256 { get; set; }

    public string? MediaType { get; set; }

    public int? ByteSize { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public long? PerceptualHash { get; set; }

    /// <summary>The AI module's reading of the creative (<see cref="Contracts.StoredInsight"/>), once acquired.</summary>
    public byte[]? VisualEmbedding { get; set; }

    public byte[]? TextEmbedding { get; set; }

    public string? Attributes { get; set; }
}
