using System.Security.Claims;
using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

internal static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/dashboard", DashboardAsync).RequireAuthorization()
            .WithTags("Dashboard").WithName("GetDashboard").WithSummary("The caller's figures: scans by status, brands, creatives, failed items; and the vision model that labels creatives, if any.");

    /// <summary>Immediate-mode figures of the caller, straight from the database.</summary>
    private static async Task<DashboardView> DashboardAsync(
        ClaimsPrincipal user, IScans scans, ICatalogue catalogue, ICreativeEnrichments enrichments, CancellationToken cancellationToken)
    {
        var viewer = user.ToViewer();
        var figures = await scans.FiguresAsync(viewer, cancellationToken);
        var creatives = await catalogue.CountAsync(viewer, cancellationToken);
        return new DashboardView(figures.ScansByStatus, figures.Scans, figures.Brands, creatives, figures.FailedItems, figures.LastActivityAt, enrichments.LabelModel);
    }
}
