using System.Security.Claims;
using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

internal static class BrandEndpoints
{
    private const int MaxCallToActionLength = 64;
    private const int MaxProductTypeLength = 64;

    public static void MapBrandEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/brands").RequireAuthorization().WithTags("Catalogue").MapGet("/{brand}/creatives", CreativesAsync)
            .WithName("ListBrandCreatives")
            .WithSummary(
                "The brand's committed creatives the caller may see, most recently seen first; ?flagged=true|false, ?cta=shop now " +
                "and ?productType=sneakers (the vision model's label) narrow them.")
            .ProducesValidationProblem();

    private static async Task<IResult> CreativesAsync(
        string brand,
        int? page,
        int? pageSize,
        bool? flagged,
        string? cta,
        string? productType,
        ClaimsPrincipal user,
        ICatalogue catalogue,
        CancellationToken cancellationToken)
    {
        var callToAction = Words(cta);
        if (callToAction is { Length: > MaxCallToActionLength })
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["cta"] = [$"A call to action has at most {MaxCallToActionLength} characters."] });
        }

        var product = Words(productType);
        if (product is { Length: > MaxProductTypeLength })
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["productType"] = [$"A product type has at most {MaxProductTypeLength} characters."] });
        }

        var filter = new CreativeFilter(flagged, callToAction, product);
        return Results.Ok(await catalogue.ListAsync(user.ToViewer(), brand, filter, PageRequest.From(page, pageSize), cancellationToken));
    }

    private static string? Words(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
