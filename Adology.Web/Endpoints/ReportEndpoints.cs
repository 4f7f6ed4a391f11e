using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Hosting;

namespace Adology.Web.Endpoints;

internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var scans = endpoints.MapGroup("/api/scans").RequireAuthorization();
        scans.MapGet("/{id:guid}/report", ReportAsync).RequireRateLimiting(RateLimiting.CostlyPolicy);
        scans.MapPost("/{id:guid}/report-link", LinkAsync).RequireRateLimiting(RateLimiting.CostlyPolicy);
        endpoints.MapGet($"{ReportLink.Path}/{{id:guid}}", SharedReportAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.CostlyPolicy);
    }

    private static async Task<IResult> ReportAsync(Guid id, ClaimsPrincipal user, HttpResponse response, IScanReports reports, CancellationToken cancellationToken) =>
        Send(response, await reports.WriteAsync(id, user.ToViewer(), cancellationToken)) ?? ScanNotFound(id);

    private static async Task<IResult> LinkAsync(Guid id, ClaimsPrincipal user, IScans scans, IReportLinks links, CancellationToken cancellationToken) =>
        await scans.FindAsync(id, user.ToViewer(), cancellationToken) is null ? ScanNotFound(id) : Results.Ok(links.Create(id));

    private static async Task<IResult> SharedReportAsync(
        Guid id, string? expires, string? sig, HttpResponse response, IReportLinks links, IScanReports reports, CancellationToken cancellationToken) =>
        links.Check(id, expires, sig) switch
        {
            ReportLinkCheck.Valid => Send(response, await reports.WriteAsync(id, viewer: null, cancellationToken)) ?? ScanNotFound(id),
            ReportLinkCheck.Expired => Forbidden("The report link has expired."),
            _ => Forbidden("The report link is not valid."),
        };

    private static IResult? Send(HttpResponse response, ReportFile? report)
    {
        if (report is null)
        {
            return null;
        }

        response.Headers.ContentDisposition = $"attachment; filename=\"{report.FileName}\"";
        response.Headers.CacheControl = "private, no-store";
        return Results.Stream(report.Content, ReportFile.ContentType);
    }

    private static IResult Forbidden(string detail) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: detail);

    private static IResult ScanNotFound(Guid id) => Problems.NotFound($"Scan {id} does not exist or is not yours.");
}
