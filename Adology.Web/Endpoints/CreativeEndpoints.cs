using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Hosting;

namespace Adology.Web.Endpoints;

internal static class CreativeEndpoints
{
    public const string ThumbnailPath = "/api/creatives";

    public static void MapCreativeEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(ThumbnailPath).RequireAuthorization().WithTags("Catalogue").MapGet("/{id:guid}/thumbnail", ThumbnailAsync)
            .WithName("GetThumbnail").WithSummary("A creative's JPEG thumbnail (the token may come as ?access_token=).")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg").ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ThumbnailAsync(Guid id, HttpResponse response, ClaimsPrincipal user, ICatalogue catalogue, CancellationToken cancellationToken)
    {
        if (await catalogue.ThumbnailAsync(id, user.ToViewer(), cancellationToken) is not { } jpeg)
        {
            return Problems.NotFound($"Creative {id} does not exist or is not yours.");
        }

        response.Headers.CacheControl = "private, max-age=86400, immutable";
        return Results.Bytes(jpeg, "image/jpeg");
    }
}
