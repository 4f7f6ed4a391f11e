namespace Adology.Modules.Contracts;

/// <summary>A brand a user monitors: re-scanned from the same source on a cron schedule.</summary>
public sealed record ScheduleView(string Brand, ScanSourceRequest Source, string Cron, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
