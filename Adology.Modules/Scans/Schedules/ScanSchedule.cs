using Adology.Modules.Contracts;

namespace Adology.Modules.Scans.Schedules;

internal sealed class ScanSchedule
{
    public Guid OwnerId { get; init; }

    public required string Brand { get; init; }

    public required string SourceType { get; set; }

    /// <summary>The source each run asks for (jsonb).</summary>
    public required ScanSourceRequest Source { get; set; }

    public required string Cron { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
