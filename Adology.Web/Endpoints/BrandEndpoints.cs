using System.Security.Claims;
using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

internal static class BrandEndpoints
{
    private const int MaxCallToActionLength = 64;

    public static void MapBrandEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/brands").RequireAuthorization().WithTags("Catalogue").MapGet("/{brand}/creatives", CreativesAsync)
            .WithName("ListBrandCreatives")
            .WithSummary("The brand's committed creatives the caller may see, most recently seen first; ?flagged=true|false and ?cta=shop now narrow them.")
            .ProducesValidationProblem();

    private static async Task<IResult> CreativesAsync(
        string brand, int? page, int? pageSize, bool? flagged, string? cta, ClaimsPrincipal user, ICatalogue catalogue, CancellationToken cancellationToken)
    {
        var callToAction = string.IsNullOrWhiteSpace(cta) ? null : string.Join(' ', cta.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (callToAction is { Length: > MaxCallToActionLength })
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["cta"] = [$"A call to action has at most {MaxCallToActionLength} characters."] });
        }

        var filter = new CreativeFilter(flagged, callToAction);
        return Results.Ok(await catalogue.ListAsync(user.ToViewer(), brand, filter, PageRequest.From(page, pageSize), cancellationToken));
    }
}
