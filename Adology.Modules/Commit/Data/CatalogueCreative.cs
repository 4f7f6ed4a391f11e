using NpgsqlTypes;

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

    /// <summary>The AI module's reading of the creative (<see cref="Contracts.StoredInsight"/>); null if committed before insights were stored.</summary>
    public byte[]? VisualEmbedding { get; init; }

    public byte[]? TextEmbedding { get; init; }

    public string? Attributes { get; init; }

    /// <summary>Of the attributes, the normalised call to action, to filter by.</summary>
    public string? CallToAction { get; init; }

    /// <summary>Of the attributes, the content rules the copy breaks, to filter by; empty when none.</summary>
    public string[] Flags { get; init; } = [];

    public DateTimeOffset FirstSeenAt { get; init; }

    public DateTimeOffset LastSeenAt { get; init; }

    /// <summary>In how many scans it appeared.</summary>
    public int SeenCount { get; init; }

    public Guid FirstScanId { get; init; }

    /// <summary>The source types of the scans that saw it (<see cref="Contracts.SourceTypes"/>), to filter by.</summary>
    public string[] Sources { get; init; } = [];

    /// <summary>The text printed on its picture, as the enriching phase read it: searched with the copy.</summary>
    public string? OnImageText { get; init; }

    /// <summary>Of the metadata, the platform (lower case), computed by the database.</summary>
    public string? Platform { get; init; }

    /// <summary>Of the metadata, the ad format or placement (lower case), computed by the database.</summary>
    public string? Format { get; init; }

    /// <summary>Headline, body, call to action, alt text and on-image text as the full-text index reads them, computed by the database.</summary>
    public NpgsqlTsVector SearchVector { get; init; } = null!;

    public Guid LastScanId { get; init; }
}
