namespace Adology.Modules.Scans.Findings;

/// <summary>A picture a scan found new to its brand: one row per scan and content hash, from the acquire batch that stored it.</summary>
internal sealed class FoundItem
{
    public Guid ScanId { get; init; }

    public required byte[] Sha256 { get; init; }

    /// <summary>Grows as pictures are found: their order in ITEM_FOUND and in the scan's creatives list.</summary>
    public long Id { get; init; }

    /// <summary>The scan's first item that showed the picture.</summary>
    public int Ordinal { get; init; }

    public required string Url { get; init; }

    public string? Headline { get; init; }

    /// <summary>The catalogue's creative, once the scan has committed it.</summary>
    public Guid? CreativeId { get; init; }

    public DateTimeOffset FoundAt { get; init; }
}
