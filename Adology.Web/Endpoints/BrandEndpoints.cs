using System.Security.Claims;
using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

internal static class BrandEndpoints
{
    public static void MapBrandEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/brands").RequireAuthorization().WithTags("Catalogue").MapGet("/{brand}/creatives", CreativesAsync)
            .WithName("ListBrandCreatives").WithSummary("The brand's committed creatives the caller may see, most recently seen first.");

    private static async Task<Page<CreativeView>> CreativesAsync(
        string brand, int? page, int? pageSize, ClaimsPrincipal user, ICatalogue catalogue, CancellationToken cancellationToken) =>
        await catalogue.ListAsync(user.ToViewer(), brand, PageRequest.From(page, pageSize), cancellationToken);
}
