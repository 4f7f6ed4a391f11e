namespace Adology.Modules.Contracts;

/// <summary>Scheduled re-scans of a user's brands; the host's job scheduler calls <see cref="RunAsync"/> on each tick.</summary>
public interface IScanSchedules
{
    /// <summary>Creates or replaces the schedule of the owner's brand (already validated).</summary>
    Task<ScheduleView> SaveAsync(Guid ownerId, string brand, ScanSourceRequest source, string cron, CancellationToken cancellationToken);

    /// <summary>False when there was no such schedule.</summary>
    Task<bool> RemoveAsync(Guid ownerId, string brand, CancellationToken cancellationToken);

    Task<ScheduleView?> FindAsync(Guid ownerId, string brand, CancellationToken cancellationToken);

    /// <summary>
    /// Starts the scheduled scan as an ordinary scan of its owner, within the owner's quotas: a run over one is recorded as a
    /// failed scan with the reason. The scan's id; null when the schedule is gone.
    /// </summary>
    Task<Guid?> RunAsync(Guid ownerId, string brand, CancellationToken cancellationToken);
}
