using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Hosting;

namespace Adology.Web.Endpoints;

internal static class ScanEndpoints
{
    public static void MapScanEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var scans = endpoints.MapGroup("/api/scans").RequireAuthorization();
        scans.MapPost("/", StartAsync)
            .RequireRateLimiting(RateLimiting.ScansPolicy)
            .AddEndpointFilter<ValidationFilter<StartScanRequest>>();
        scans.MapGet("/{id:guid}", FindAsync);
        scans.MapGet("/", ListAsync);
        scans.MapGet("/{id:guid}/analysis", AnalysisAsync);
        scans.MapGet("/{id:guid}/failures", FailuresAsync);
    }

    private static async Task<IResult> StartAsync(StartScanRequest request, ClaimsPrincipal user, IScans scans, CancellationToken cancellationToken)
    {
        var accepted = await scans.StartAsync(user.ToViewer().UserId, request, cancellationToken);
        return Results.Accepted($"/api/scans/{accepted.RequestId}", accepted);
    }

    private static async Task<IResult> FindAsync(Guid id, ClaimsPrincipal user, IScans scans, CancellationToken cancellationToken) =>
        await scans.FindAsync(id, user.ToViewer(), cancellationToken) is { } scan ? Results.Ok(scan) : ScanNotFound(id);

    private static async Task<Page<ScanView>> ListAsync(int? page, int? pageSize, ClaimsPrincipal user, IScans scans, CancellationToken cancellationToken) =>
        await scans.ListAsync(user.ToViewer(), PageRequest.From(page, pageSize), cancellationToken);

    private static async Task<IResult> AnalysisAsync(
        Guid id, ClaimsPrincipal user, IScans scans, IAnalyses analyses, CancellationToken cancellationToken)
    {
        if (await scans.FindAsync(id, user.ToViewer(), cancellationToken) is not { } scan)
        {
            return ScanNotFound(id);
        }

        return await analyses.FindAsync(id, cancellationToken) is { } analysis
            ? Results.Ok(analysis)
            : Problems.NotFound($"Scan {id} has no analysis yet (status: {scan.Status}).");
    }

    private static async Task<IResult> FailuresAsync(
        Guid id, int? page, int? pageSize, ClaimsPrincipal user, IScans scans, CancellationToken cancellationToken) =>
        await scans.FailuresAsync(id, user.ToViewer(), PageRequest.From(page, pageSize), cancellationToken) is { } failures
            ? Results.Ok(failures)
            : ScanNotFound(id);

    private static IResult ScanNotFound(Guid id) => Problems.NotFound($"Scan {id} does not exist or is not yours.");
}
