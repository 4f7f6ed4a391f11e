namespace Adology.Modules.Scans.Watch;

/// <summary>A watch term found in a creative of a scan; one row per scan, content hash and term.</summary>
internal sealed class WatchMatch
{
    /// <summary>Grows as matches are found: their order in the list and the report.</summary>
    public long Id { get; init; }

    public Guid ScanId { get; init; }

    public required byte[] Sha256 { get; init; }

    public required string Term { get; init; }

    public int Ordinal { get; init; }

    public required string Url { get; init; }

    public string? Headline { get; init; }

    /// <summary>One of <see cref="Contracts.MatchFields"/>.</summary>
    public required string MatchedIn { get; init; }

    public DateTimeOffset FoundAt { get; init; }
}
