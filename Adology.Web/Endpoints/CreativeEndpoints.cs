using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Hosting;
using FluentValidation;

namespace Adology.Web.Endpoints;

internal static class CreativeEndpoints
{
    public const string Path = "/api/creatives";

    public const int MaxSimilar = 100;

    public static void MapCreativeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var creatives = endpoints.MapGroup(Path).RequireAuthorization().WithTags("Catalogue");
        creatives.MapGet("/", SearchAsync)
            .WithName("SearchCreatives")
            .WithSummary(
                "The committed creatives of all the caller's brands, searched and filtered as a brand's are, plus ?brand= " +
                "(q, platform, format, firstSeenFrom/To, lastSeenFrom/To, minSeenCount, cluster, flagged, cta, productType, source, sort; docs/API.md).")
            .Produces<Page<CreativeView>>()
            .ProducesValidationProblem();
        creatives.MapGet("/{id:guid}/thumbnail", ThumbnailAsync)
            .AllowAnonymous()
            .WithName("GetThumbnail").WithSummary("A creative's JPEG thumbnail: by the signed URL (?exp=&sig=) the API hands out, or with the bearer token as the owner.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        creatives.MapGet("/{id:guid}/similar", SimilarAsync)
            .WithName("ListSimilarCreatives").WithSummary("The k (default 10, at most 100) creatives of the same brand most like this one, most alike first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(RateLimiting.CostlyPolicy);
    }

    private static Task<IResult> SearchAsync(
        HttpRequest request, ClaimsPrincipal user, ICatalogue catalogue, IValidator<CreativeSearchParameters> validator, CancellationToken cancellationToken) =>
        CreativeSearch.RespondAsync(CreativeSearchParameters.Read(request.Query, routeBrand: null), user.ToViewer(), catalogue, validator, cancellationToken);

    private static async Task<IResult> SimilarAsync(Guid id, int? k, ClaimsPrincipal user, ISimilarCreatives similar, CancellationToken cancellationToken)
    {
        var count = k ?? 10;
        if (count is < 1 or > MaxSimilar)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["k"] = [$"k is from 1 to {MaxSimilar}."] });
        }

        return await similar.FindAsync(id, user.ToViewer(), count, cancellationToken) is { } found
            ? Results.Ok(new { creativeId = id, k = count, items = found })
            : Problems.NotFound($"Creative {id} does not exist or is not yours.");
    }

    private static async Task<IResult> ThumbnailAsync(
        Guid id, HttpRequest request, HttpResponse response, ClaimsPrincipal user, IThumbnailLinks links, ICatalogue catalogue, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = ThumbnailAccess.Of(request, FoundCreative.ThumbnailPathOf(id), user, links);
        if (viewer is null)
        {
            return refusal!;
        }

        return await catalogue.ThumbnailAsync(id, viewer, cancellationToken) is { } jpeg
            ? ThumbnailAccess.Jpeg(response, jpeg)
            : Problems.NotFound($"Creative {id} does not exist or is not yours.");
    }
}
