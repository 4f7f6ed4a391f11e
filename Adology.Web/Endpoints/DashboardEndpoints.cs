using System.Security.Claims;
using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

internal static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/dashboard", DashboardAsync).RequireAuthorization()
            .WithTags("Dashboard").WithName("GetDashboard")
            .WithSummary("The caller's figures: scans by status, brands, creatives, failed items; the vision model that labels creatives, if any; the sources this host cannot run, and why.");

    /// <summary>Immediate-mode figures of the caller, straight from the database.</summary>
    private static async Task<DashboardView> DashboardAsync(
        ClaimsPrincipal user, IScans scans, ICatalogue catalogue, ICreativeEnrichments enrichments, ISourceAvailability sources, CancellationToken cancellationToken)
    {
        var viewer = user.ToViewer();
        var figures = await scans.FiguresAsync(viewer, cancellationToken);
        var creatives = await catalogue.CountAsync(viewer, cancellationToken);
        return new DashboardView(figures.ScansByStatus, figures.Scans, figures.Brands, creatives, figures.FailedItems, figures.LastActivityAt, enrichments.LabelModel, UnavailableSources(sources));
    }

    private static Dictionary<string, string> UnavailableSources(ISourceAvailability sources) =>
        SourceTypes.Requestable
            .Select(type => (Type: type, Reason: sources.Unavailable(type)))
            .Where(source => source.Reason is not null)
            .ToDictionary(source => source.Type, source => source.Reason!);
}
