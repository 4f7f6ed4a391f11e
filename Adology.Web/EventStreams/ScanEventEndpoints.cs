using System.Globalization;
using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Endpoints;
using Adology.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Adology.Web.EventStreams;

internal static class ScanEventEndpoints
{
    public const string LastEventIdHeader = "Last-Event-ID";

    public static IServiceCollection AddScanEventStreams(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventStreamOptions>(configuration.GetSection(EventStreamOptions.Section));
        services.AddSingleton<OpenStreams>();
        services.AddSingleton<ScanEventStream>();
        return services;
    }

    public static void MapScanEventEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/scans/{id:guid}/events", StreamAsync).RequireAuthorization().WithTags("Scans").WithName("StreamScanEvents")
            .WithSummary("The scan's progress events as Server-Sent Events, after Last-Event-ID, until its final event.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream").Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> StreamAsync(
        Guid id,
        [FromHeader(Name = LastEventIdHeader)] string? lastEventIdHeader,
        [FromQuery] string? lastEventId,
        HttpContext http,
        ClaimsPrincipal user,
        IScans scans,
        OpenStreams open,
        ScanEventStream stream,
        CancellationToken cancellationToken)
    {
        var last = lastEventIdHeader ?? lastEventId;
        long after = 0;
        if (last is not null && !(long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["lastEventId"] = [$"'{last}' is not an event id: the id of a received event (a whole number), or 0 for all."],
            });
        }

        var viewer = user.ToViewer();
        if (await scans.FindAsync(id, viewer, cancellationToken) is null)
        {
            return Problems.NotFound($"Scan {id} does not exist or is not yours.");
        }

        if (!open.TryOpen(viewer.UserId))
        {
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, detail: "Too many open event streams: close one first.");
        }

        try
        {
            await stream.WriteAsync(http.Response, id, after, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: nothing more to do.
        }
        finally
        {
            open.Close(viewer.UserId);
        }

        return Results.Empty;
    }
}
