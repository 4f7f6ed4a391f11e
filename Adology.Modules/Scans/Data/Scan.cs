using Adology.Modules.Contracts;

namespace Adology.Modules.Scans.Data;

internal sealed class Scan
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public required string Brand { get; init; }

    public required string SourceType { get; init; }

    /// <summary>The source as the scan asked for it (jsonb).</summary>
    public required ScanSourceRequest Source { get; init; }

    /// <summary>The terms the scan watches for: the request's and the owner's saved ones (text[]), read by every host.</summary>
    public string[] Watch { get; init; } = [];

    public ScanStatus Status { get; set; }

    /// <summary>The pipeline step the scan is in, or ended in: one of <see cref="ScanPhases"/>.</summary>
    public required string Phase { get; set; }

    public int? Total { get; set; }

    public int Acquired { get; set; }

    public int Failed { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>While enriching: the scan's distinct creatives, and how many of them are enriched.</summary>
    public int? EnrichTotal { get; set; }

    public int Enriched { get; set; }

    /// <summary>The number of the scan's last live event.</summary>
    public long Seq { get; set; }
}
