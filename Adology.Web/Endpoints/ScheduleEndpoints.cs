using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Hosting;
using Adology.Web.Jobs;

namespace Adology.Web.Endpoints;

internal static class ScheduleEndpoints
{
    public static void MapScheduleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var schedule = endpoints.MapGroup("/api/brands/{brand}/schedule").RequireAuthorization();
        schedule.MapPut("/", SaveAsync).AddEndpointFilter<ValidationFilter<ScheduleRequest>>();
        schedule.MapGet("/", FindAsync);
        schedule.MapDelete("/", RemoveAsync);
    }

    /// <summary>Within the user's quotas: a new schedule within their count (429 beyond), runs at least the minimum interval apart (400 naming <c>cron</c>).</summary>
    private static async Task<IResult> SaveAsync(
        string brand,
        ScheduleRequest request,
        ClaimsPrincipal user,
        ScheduledScans schedules,
        IScanQuotas quotas,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var viewer = user.ToViewer();
        var cron = request.Cron!.Trim();
        var minimum = quotas.MinScheduleInterval(viewer);
        if (CronIntervals.RunsMoreOftenThan(cron, minimum, clock.GetUtcNow()))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["cron"] = [$"'Cron' runs more often than once every {minimum:c}, the shortest interval a schedule may have (Quotas__MinScheduleInterval)."],
            });
        }

        if (await quotas.ScheduleRefusalAsync(viewer, brand, cancellationToken) is { } overQuota)
        {
            return Problems.OverQuota(overQuota);
        }

        return Results.Ok(await schedules.SaveAsync(viewer.UserId, brand, request.Source!, cron, cancellationToken));
    }

    private static async Task<IResult> FindAsync(string brand, ClaimsPrincipal user, IScanSchedules schedules, CancellationToken cancellationToken) =>
        await schedules.FindAsync(user.ToViewer().UserId, brand, cancellationToken) is { } schedule
            ? Results.Ok(schedule)
            : NotScheduled(brand);

    private static async Task<IResult> RemoveAsync(string brand, ClaimsPrincipal user, ScheduledScans schedules, CancellationToken cancellationToken) =>
        await schedules.RemoveAsync(user.ToViewer().UserId, brand, cancellationToken) ? Results.NoContent() : NotScheduled(brand);

    private static IResult NotScheduled(string brand) => Problems.NotFound($"'{Brand.Normalize(brand)}' is not scheduled.");
}
