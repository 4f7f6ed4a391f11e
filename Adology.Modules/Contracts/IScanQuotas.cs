namespace Adology.Modules.Contracts;

/// <summary>The per-user quotas (the <c>Quotas</c> settings) as the host checks them before taking work in; admins have none.</summary>
public interface IScanQuotas
{
    /// <summary>Null when the user may start one more scan now (active scans, items of the last 24 h).</summary>
    Task<QuotaRefusal?> StartRefusalAsync(Viewer owner, CancellationToken cancellationToken);

    /// <summary>Null when the user may save this brand's schedule: replacing one is always allowed, a new one within the count.</summary>
    Task<QuotaRefusal?> ScheduleRefusalAsync(Viewer owner, string brand, CancellationToken cancellationToken);

    /// <summary>The shortest time a schedule of the user may leave between two runs; zero for an admin.</summary>
    TimeSpan MinScheduleInterval(Viewer owner);
}
