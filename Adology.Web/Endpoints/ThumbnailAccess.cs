using System.Security.Claims;
using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

/// <summary>
/// Who may load a thumbnail: the holder of an unexpired signed link (<see cref="IThumbnailLinks"/>), which the API
/// hands out only to those who may see the picture, or a caller with a bearer token in the Authorization header,
/// checked as the owner (or an admin). The token is not read from the query here: only the hub takes it there.
/// </summary>
internal static class ThumbnailAccess
{
    /// <summary>Whoever holds a valid link sees the picture it signs, as an admin would.</summary>
    private static readonly Viewer LinkHolder = new(Guid.Empty, IsAdmin: true);

    /// <summary>The viewer to load the picture as, or the answer that refuses it: 403 for a bad or expired link, 401 with neither link nor token.</summary>
    public static (Viewer? Viewer, IResult? Refusal) Of(HttpRequest request, string path, ClaimsPrincipal user, IThumbnailLinks links)
    {
        var expires = request.Query["exp"].FirstOrDefault();
        var signature = request.Query["sig"].FirstOrDefault();
        if (expires is not null || signature is not null)
        {
            return links.Check(path, expires, signature) switch
            {
                ThumbnailLinkCheck.Valid => (LinkHolder, null),
                ThumbnailLinkCheck.Expired => (null, Forbidden("The thumbnail link has expired: ask the API for the list again.")),
                _ => (null, Forbidden("The thumbnail link is not valid.")),
            };
        }

        return user.Identity?.IsAuthenticated == true ? (user.ToViewer(), null) : (null, Results.Challenge());
    }

    /// <summary>Thumbnails do not change: cached for a day, by the URL the signed link gave.</summary>
    public static IResult Jpeg(HttpResponse response, byte[] jpeg)
    {
        response.Headers.CacheControl = "private, max-age=86400, immutable";
        return Results.Bytes(jpeg, "image/jpeg");
    }

    private static IResult Forbidden(string detail) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: detail);
}
