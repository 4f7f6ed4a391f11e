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

    private static async Task<ScheduleView> SaveAsync(
        string brand, ScheduleRequest request, ClaimsPrincipal user, ScheduledScans schedules, CancellationToken cancellationToken) =>
        await schedules.SaveAsync(user.ToViewer().UserId, brand, request.Source!, request.Cron!.Trim(), cancellationToken);

    private static async Task<IResult> FindAsync(string brand, ClaimsPrincipal user, IScanSchedules schedules, CancellationToken cancellationToken) =>
        await schedules.FindAsync(user.ToViewer().UserId, brand, cancellationToken) is { } schedule
            ? Results.Ok(schedule)
            : NotScheduled(brand);

    private static async Task<IResult> RemoveAsync(string brand, ClaimsPrincipal user, ScheduledScans schedules, CancellationToken cancellationToken) =>
        await schedules.RemoveAsync(user.ToViewer().UserId, brand, cancellationToken) ? Results.NoContent() : NotScheduled(brand);

    private static IResult NotScheduled(string brand) => Problems.NotFound($"'{Brand.Normalize(brand)}' is not scheduled.");
}
