using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Hosting;

namespace Adology.Web.Endpoints;

/// <summary>The user's saved watch list and the watch terms each scan found.</summary>
internal static class WatchEndpoints
{
    public static void MapWatchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var watchlist = endpoints.MapGroup("/api/watchlist").RequireAuthorization().WithTags("Watch terms");
        watchlist.MapGet("/", FindAsync).WithName("GetWatchlist").WithSummary("The caller's saved watch terms.");
        watchlist.MapPut("/", SaveAsync).WithName("SaveWatchlist")
            .WithSummary("Replaces the caller's saved watch terms, applied to every scan they start and to their scheduled scans.")
            .AddEndpointFilter<ValidationFilter<WatchlistRequest>>()
            .Produces<WatchlistView>().ProducesValidationProblem();
        endpoints.MapGet("/api/scans/{id:guid}/matches", MatchesAsync).RequireAuthorization().WithTags("Scans")
            .WithName("ListScanMatches").WithSummary("The watch terms a scan found, once per creative and term, in the order found.")
            .Produces<Page<ScanMatch>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<WatchlistView> FindAsync(ClaimsPrincipal user, IWatchlists watchlists, CancellationToken cancellationToken) =>
        watchlists.FindAsync(user.ToViewer().UserId, cancellationToken);

    private static Task<WatchlistView> SaveAsync(WatchlistRequest request, ClaimsPrincipal user, IWatchlists watchlists, CancellationToken cancellationToken) =>
        watchlists.SaveAsync(user.ToViewer().UserId, request.Terms!, cancellationToken);

    private static async Task<IResult> MatchesAsync(
        Guid id, int? page, int? pageSize, ClaimsPrincipal user, IScanMatches matches, CancellationToken cancellationToken) =>
        await matches.ListAsync(id, user.ToViewer(), PageRequest.From(page, pageSize), cancellationToken) is { } found
            ? Results.Ok(found)
            : Problems.NotFound($"Scan {id} does not exist or is not yours.");
}
