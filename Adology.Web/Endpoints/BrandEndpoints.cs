using System.Security.Claims;
using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

internal static class BrandEndpoints
{
    public static void MapBrandEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/brands").RequireAuthorization().MapGet("/{brand}/creatives", CreativesAsync);

    private static async Task<Page<CreativeView>> CreativesAsync(
        string brand, int? page, int? pageSize, ClaimsPrincipal user, ICatalogue catalogue, CancellationToken cancellationToken) =>
        await catalogue.ListAsync(user.ToViewer(), brand, PageRequest.From(page, pageSize), cancellationToken);
}
