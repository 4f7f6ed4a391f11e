using System.Globalization;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Scans.Quotas;

/// <summary>
/// Counts a user's scans, items and schedules against <see cref="QuotaOptions"/>. Starting and staging hold the owner's
/// advisory lock (<see cref="LockOwnerAsync"/>) around count and write, so concurrent requests cannot pass one limit together.
/// </summary>
internal sealed class ScanQuotas(AdologyDb db, IOptions<QuotaOptions> options, TimeProvider clock) : IScanQuotas
{
    /// <summary>The first key of the two-key advisory locks of owners, apart from other locks of the database.</summary>
    private const int LockSpace = 0x5155_4F00;

    private static readonly ScanStatus[] Active = ScanStatusText.Unfinished;

    private QuotaOptions Limits => options.Value;

    public async Task<QuotaRefusal?> StartRefusalAsync(Viewer owner, CancellationToken cancellationToken)
    {
        if (owner.IsAdmin)
        {
            return null;
        }

        var active = await db.Set<Scan>().CountAsync(scan => scan.OwnerId == owner.UserId && Active.Contains(scan.Status), cancellationToken);
        if (active >= Limits.ActiveScansPerUser)
        {
            return new QuotaRefusal(
                "ActiveScansPerUser",
                Limits.ActiveScansPerUser,
                $"Too many active scans: {active} of yours are running, the limit is {Limits.ActiveScansPerUser} per user (Quotas__ActiveScansPerUser). "
                + "Start this one when one of them has ended, or cancel one.");
        }

        var used = await ItemsOfLastDayAsync(owner.UserId, null, cancellationToken);
        return used >= Limits.ItemsPerUserPerDay ? ItemsRefusal(used) : null;
    }

    public async Task<QuotaRefusal?> ScheduleRefusalAsync(Viewer owner, string brand, CancellationToken cancellationToken)
    {
        var key = Brand.Normalize(brand);
        if (owner.IsAdmin || await db.Set<ScanSchedule>().AnyAsync(s => s.OwnerId == owner.UserId && s.Brand == key, cancellationToken))
        {
            return null;
        }

        var count = await db.Set<ScanSchedule>().CountAsync(s => s.OwnerId == owner.UserId, cancellationToken);
        return count < Limits.SchedulesPerUser
            ? null
            : new QuotaRefusal(
                "SchedulesPerUser",
                Limits.SchedulesPerUser,
                $"Too many schedules: you have {count}, the limit is {Limits.SchedulesPerUser} per user (Quotas__SchedulesPerUser). Remove one first.");
    }

    public TimeSpan MinScheduleInterval(Viewer owner) => owner.IsAdmin ? TimeSpan.Zero : Limits.MinScheduleInterval;

    public int ItemsPerDay => Limits.ItemsPerUserPerDay;

    /// <summary>Takes the owner's advisory lock until the transaction ends.</summary>
    public async Task LockOwnerAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync("SELECT pg_advisory_xact_lock(@space, hashtext(@owner))", cancellationToken);
        command.Parameters.AddWithValue("space", LockSpace);
        command.Parameters.AddWithValue("owner", ownerId.ToString("N"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string CutNote(int listed, long kept, long limit) => string.Create(
        CultureInfo.InvariantCulture,
        $"Cut to {kept} of the {listed} items listed: the limit is {limit} items per user in 24 hours (Quotas__ItemsPerUserPerDay).");

    public QuotaRefusal ItemsRefusal(long used) => new(
        "ItemsPerUserPerDay",
        Limits.ItemsPerUserPerDay,
        string.Create(
            CultureInfo.InvariantCulture,
            $"Too many items today: your scans of the last 24 hours gathered {used}, the limit is {Limits.ItemsPerUserPerDay} items per user in 24 hours (Quotas__ItemsPerUserPerDay). Try again when older scans fall out of that window."));

    /// <summary>
    /// The totals of the owner's scans created in the last 24 hours, but for <paramref name="except"/>; for a limit, call it
    /// inside a transaction that holds <see cref="LockOwnerAsync"/>.
    /// </summary>
    public async Task<long> ItemsOfLastDayAsync(Guid ownerId, Guid? except, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-1);
        return await db.Set<Scan>()
            .Where(scan => scan.OwnerId == ownerId && scan.CreatedAt >= since && scan.Id != except)
            .SumAsync(scan => (long)(scan.Total ?? 0), cancellationToken);
    }
}
