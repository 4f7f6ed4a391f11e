namespace Adology.Modules.Scans.Quotas;

/// <summary>What one user (not an admin) may hold at once or take in a day.</summary>
internal sealed class QuotaOptions
{
    public const string Section = "Quotas";

    /// <summary>Unfinished scans (queued to analyzing) at once.</summary>
    public int ActiveScansPerUser { get; set; } = 5;

    public int SchedulesPerUser { get; set; } = 20;

    /// <summary>The shortest time between two runs of a schedule's cron expression.</summary>
    public TimeSpan MinScheduleInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Items gathered by the user's scans created in the last 24 hours (their totals).</summary>
    public int ItemsPerUserPerDay { get; set; } = 100_000;
}
