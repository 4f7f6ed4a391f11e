using System.Security.Claims;
using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Web.Endpoints;

internal static class BrandEndpoints
{
    public static void MapBrandEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/brands").RequireAuthorization().WithTags("Catalogue").MapGet("/{brand}/creatives", CreativesAsync)
            .WithName("ListBrandCreatives")
            .WithSummary(
                "The brand's committed creatives the caller may see, most recently seen first, searched and filtered by the query " +
                "(q, platform, format, firstSeenFrom/To, lastSeenFrom/To, minSeenCount, cluster, flagged, cta, productType, source, sort; docs/API.md).")
            .Produces<Page<CreativeView>>()
            .ProducesValidationProblem();

    private static Task<IResult> CreativesAsync(
        string brand,
        HttpRequest request,
        ClaimsPrincipal user,
        ICatalogue catalogue,
        IValidator<CreativeSearchParameters> validator,
        CancellationToken cancellationToken) =>
        CreativeSearch.RespondAsync(CreativeSearchParameters.Read(request.Query, brand), user.ToViewer(), catalogue, validator, cancellationToken);
}
