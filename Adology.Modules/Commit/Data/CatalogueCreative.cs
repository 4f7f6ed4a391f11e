namespace Adology.Modules.Commit.Data;

/// <summary>One creative of an owner's brand, stored once per content hash however often it is seen.</summary>
internal sealed class CatalogueCreative
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public required string Brand { get; init; }

    public required byte[] Sha256 { get; init; }

    public required string MediaType { get; init; }

    public int ByteSize { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public long PerceptualHash { get; init; }

    /// <summary>Where it was last seen.</summary>
    public required string Url { get; init; }

    public string? Metadata { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }

    public DateTimeOffset LastSeenAt { get; init; }

    /// <summary>In how many scans it appeared.</summary>
    public int SeenCount { get; init; }

    public Guid FirstScanId { get; init; }

    public Guid LastScanId { get; init; }
}
