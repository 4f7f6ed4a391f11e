using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Hosting;
using Adology.Web.Scans;

namespace Adology.Web.Endpoints;

internal static class ScanEndpoints
{
    public const string Path = "/api/scans";

    public static void MapScanEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var scans = endpoints.MapGroup(Path).RequireAuthorization().WithTags("Scans");
        scans.MapPost("/", StartAsync).WithName("StartScan").WithSummary("Starts a scan of a brand from a demo or feed source.")
            .Produces<ScanAccepted>(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
        scans.MapPost("/upload", UploadAsync).WithName("UploadScan")
            .WithSummary("Starts a scan of uploaded files: pictures, zips of pictures (with an optional manifest.csv), csv or xlsx sheets of creative URLs.")
            .WithDescription("multipart/form-data with a `brand` field and one or more `files`. Every file is checked before anything is stored; a refusal names the file and the zip entry or sheet row.")
            .Accepts<UploadFields>("multipart/form-data")
            .Produces<ScanAccepted>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status429TooManyRequests);
        scans.MapGet("/{id:guid}", FindAsync).WithName("GetScan").WithSummary("A scan's status and progress.")
            .Produces<ScanView>().ProducesProblem(StatusCodes.Status404NotFound);
        scans.MapGet("/", ListAsync).WithName("ListScans").WithSummary("The caller's scans, newest first.");
        scans.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelScan").WithSummary("Cancels a scan that has not been committed.")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        scans.MapGet("/{id:guid}/analysis", AnalysisAsync).WithName("GetScanAnalysis").WithSummary("The brand-wide analysis of a completed scan.")
            .Produces<BrandAnalysis>().ProducesProblem(StatusCodes.Status404NotFound);
        scans.MapGet("/{id:guid}/failures", FailuresAsync).WithName("ListScanFailures").WithSummary("The items a scan could not acquire, with their reasons.")
            .Produces<Page<FailedItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        scans.MapGet("/{id:guid}/creatives", FoundCreativesAsync).WithName("ListScanCreatives")
            .WithSummary("The creatives new to the brand a scan found, in the order found: live while it acquires, with catalogue ids once committed.")
            .Produces<Page<ScanResult>>().ProducesProblem(StatusCodes.Status404NotFound);
        scans.MapGet("/{id:guid}/items/{ordinal:int}/thumbnail", ItemThumbnailAsync).WithName("GetScanItemThumbnail")
            .AllowAnonymous()
            .WithSummary("The JPEG thumbnail of a scan's acquired item, before its creative has a catalogue id: by the signed URL (?exp=&sig=) the API hands out, or with the bearer token as the owner.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> StartAsync(
        StartScanRequest request, HttpContext http, ClaimsPrincipal user, ScanStarter starter, CancellationToken cancellationToken) =>
        Answer(http, await starter.StartAsync(user.ToViewer(), request, cancellationToken));

    private static IResult Answer(HttpContext http, ScanStart start) =>
        start switch
        {
            { RetryAfter: { } wait } => Problems.TooManyRequests(http, wait),
            { Errors: { } errors } => Results.ValidationProblem(errors),
            { Refusal: { } refusal } => Problems.UploadRefused(refusal),
            { OverQuota: { } overQuota } => Problems.OverQuota(overQuota),
            { Accepted: { } accepted } => Results.Accepted($"/api/scans/{accepted.RequestId}", accepted),
            _ => throw new InvalidOperationException("A scan start ends accepted, invalid, refused, limited or over a quota."),
        };

    private static async Task<IResult> UploadAsync(HttpContext http, ClaimsPrincipal user, ScanStarter starter, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("adology-upload-request-");
        try
        {
            return Answer(http, await starter.StartUploadAsync(
                user.ToViewer(), (limits, token) => UploadReceiver.ReceiveAsync(http.Request, folder.FullName, limits, token), cancellationToken));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<IResult> FindAsync(Guid id, ClaimsPrincipal user, IScans scans, CancellationToken cancellationToken) =>
        await scans.FindAsync(id, user.ToViewer(), cancellationToken) is { } scan ? Results.Ok(scan) : ScanNotFound(id);

    private static async Task<Page<ScanView>> ListAsync(int? page, int? pageSize, ClaimsPrincipal user, IScans scans, CancellationToken cancellationToken) =>
        await scans.ListAsync(user.ToViewer(), PageRequest.From(page, pageSize), cancellationToken);

    private static async Task<IResult> CancelAsync(Guid id, ClaimsPrincipal user, IScans scans, CancellationToken cancellationToken) =>
        await scans.CancelAsync(id, user.ToViewer(), cancellationToken) switch
        {
            CancelOutcome.Cancelled or CancelOutcome.AlreadyCancelled => Results.Accepted(),
            CancelOutcome.AlreadyFinished => Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"Scan {id} has already finished."),
            _ => ScanNotFound(id),
        };

    private static async Task<IResult> AnalysisAsync(
        Guid id, ClaimsPrincipal user, IScans scans, IAnalyses analyses, IThumbnailLinks links, CancellationToken cancellationToken)
    {
        if (await scans.FindAsync(id, user.ToViewer(), cancellationToken) is not { } scan)
        {
            return ScanNotFound(id);
        }

        return await analyses.FindAsync(id, cancellationToken) is { } analysis
            ? Results.Ok(analysis with { ThumbnailUrls = AnalysisThumbnails.Of(analysis, links) })
            : Problems.NotFound($"Scan {id} has no analysis yet (status: {scan.Status}).");
    }

    private static async Task<IResult> FailuresAsync(
        Guid id, int? page, int? pageSize, ClaimsPrincipal user, IScans scans, CancellationToken cancellationToken) =>
        await scans.FailuresAsync(id, user.ToViewer(), PageRequest.From(page, pageSize), cancellationToken) is { } failures
            ? Results.Ok(failures)
            : ScanNotFound(id);

    private static async Task<IResult> FoundCreativesAsync(
        Guid id, int? page, int? pageSize, ClaimsPrincipal user, IScanFindings findings, CancellationToken cancellationToken) =>
        await findings.ListAsync(id, user.ToViewer(), PageRequest.From(page, pageSize), cancellationToken) is { } found
            ? Results.Ok(found)
            : ScanNotFound(id);

    private static async Task<IResult> ItemThumbnailAsync(
        Guid id,
        int ordinal,
        HttpRequest request,
        HttpResponse response,
        ClaimsPrincipal user,
        IThumbnailLinks links,
        IScanFindings findings,
        IPictureThumbnails thumbnails,
        CancellationToken cancellationToken)
    {
        var (viewer, refusal) = ThumbnailAccess.Of(request, ScanResult.StagedThumbnailPathOf(id, ordinal), user, links);
        if (viewer is null)
        {
            return refusal!;
        }

        if (await findings.PictureAsync(id, ordinal, viewer, cancellationToken) is not { } sha256
            || await thumbnails.OfAsync(sha256, cancellationToken) is not { } jpeg)
        {
            return Problems.NotFound($"Scan {id} has no acquired item {ordinal}, or is not yours.");
        }

        return ThumbnailAccess.Jpeg(response, jpeg);
    }

    private static IResult ScanNotFound(Guid id) => Problems.NotFound($"Scan {id} does not exist or is not yours.");
}
