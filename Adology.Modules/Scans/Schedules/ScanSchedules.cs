using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.StartScan;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans.Schedules;

internal sealed class ScanSchedules(AdologyDb db, StartScanHandler start, IAdministrators administrators, TimeProvider clock) : IScanSchedules
{
    public async Task<ScheduleView> SaveAsync(Guid ownerId, string brand, ScanSourceRequest source, string cron, CancellationToken cancellationToken)
    {
        var key = Brand.Normalize(brand);
        var now = clock.GetUtcNow();
        var schedule = await db.Set<ScanSchedule>().SingleOrDefaultAsync(s => s.OwnerId == ownerId && s.Brand == key, cancellationToken);
        if (schedule is null)
        {
            schedule = new ScanSchedule { OwnerId = ownerId, Brand = key, SourceType = source.Type!, Source = source, Cron = cron, CreatedAt = now };
            db.Add(schedule);
        }

        schedule.SourceType = source.Type!;
        schedule.Source = source;
        schedule.Cron = cron;
        schedule.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return View(schedule);
    }

    public async Task<bool> RemoveAsync(Guid ownerId, string brand, CancellationToken cancellationToken)
    {
        var key = Brand.Normalize(brand);
        return await db.Set<ScanSchedule>().Where(s => s.OwnerId == ownerId && s.Brand == key).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<ScheduleView?> FindAsync(Guid ownerId, string brand, CancellationToken cancellationToken)
    {
        var key = Brand.Normalize(brand);
        var schedule = await db.Set<ScanSchedule>().AsNoTracking().SingleOrDefaultAsync(s => s.OwnerId == ownerId && s.Brand == key, cancellationToken);
        return schedule is null ? null : View(schedule);
    }

    public async Task<Guid?> RunAsync(Guid ownerId, string brand, CancellationToken cancellationToken)
    {
        if (await FindAsync(ownerId, brand, cancellationToken) is not { } schedule)
        {
            return null;
        }

        // The owner's quotas as if they had asked themselves; a refused run is kept as a failed scan that says why.
        var owner = new Viewer(ownerId, await administrators.IsAdminAsync(ownerId, cancellationToken));
        var request = new StartScanRequest(schedule.Brand, schedule.Source);
        var admission = await start.HandleAsync(owner, request, cancellationToken);
        return admission.Accepted?.RequestId ?? await start.RecordRefusedAsync(ownerId, request, admission.Refusal!, cancellationToken);
    }

    private static ScheduleView View(ScanSchedule schedule) => new(
        schedule.Brand,
        schedule.Source,
        schedule.Cron,
        schedule.CreatedAt,
        schedule.UpdatedAt);
}
