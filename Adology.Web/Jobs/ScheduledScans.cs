using Adology.Modules.Contracts;
using Hangfire;

namespace Adology.Web.Jobs;

/// <summary>Keeps one Hangfire recurring job per monitored brand, each starting an ordinary scan of its owner.</summary>
internal sealed class ScheduledScans(IScanSchedules schedules, IRecurringJobManager jobs)
{
    public static string JobId(Guid ownerId, string brand) => $"rescan:{ownerId:N}:{Brand.Normalize(brand)}";

    public async Task<ScheduleView> SaveAsync(Guid ownerId, string brand, ScanSourceRequest source, string cron, CancellationToken cancellationToken)
    {
        var schedule = await schedules.SaveAsync(ownerId, brand, source, cron, cancellationToken);
        jobs.AddOrUpdate<IScanSchedules>(
            JobId(ownerId, schedule.Brand),
            scheduled => scheduled.RunAsync(ownerId, schedule.Brand, CancellationToken.None),
            cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return schedule;
    }

    public async Task<bool> RemoveAsync(Guid ownerId, string brand, CancellationToken cancellationToken)
    {
        jobs.RemoveIfExists(JobId(ownerId, brand));
        return await schedules.RemoveAsync(ownerId, brand, cancellationToken);
    }
}
