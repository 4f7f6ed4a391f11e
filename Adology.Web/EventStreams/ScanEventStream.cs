using System.Text;
using Adology.Modules.Contracts;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Adology.Web.EventStreams;

/// <summary>
/// Writes a scan's logged events as Server-Sent Events: those after the client's last one first, then each new one as
/// the log has it, until the final event. The log, not the hub, is followed, so events numbered by any host arrive,
/// without loss, in order.
/// </summary>
internal sealed class ScanEventStream(IProgressLog log, IOptions<EventStreamOptions> options, TimeProvider clock)
{
    private const int SliceSize = 200;
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes(": ping\n\n");

    public async Task WriteAsync(HttpResponse response, Guid scanId, long afterSeq, CancellationToken cancellationToken)
    {
        var slice = await log.ReadAfterAsync(scanId, afterSeq, SliceSize, cancellationToken);
        if (slice.Over)
        {
            // Nothing will ever follow: 204 is what tells an EventSource to stop reconnecting.
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        await StartAsync(response, cancellationToken);
        var wroteAt = clock.GetTimestamp();
        while (true)
        {
            foreach (var logged in slice.Events)
            {
                await response.WriteAsync($"id: {logged.Seq}\nevent: progress\ndata: {logged.Json}\n\n", cancellationToken);
                afterSeq = logged.Seq;
                if (ProgressType.IsFinal(logged.Type))
                {
                    await response.Body.FlushAsync(cancellationToken);
                    return;
                }
            }

            if (slice.Events.Count > 0)
            {
                await response.Body.FlushAsync(cancellationToken);
                wroteAt = clock.GetTimestamp();
            }
            else if (slice.Over)
            {
                return;
            }
            else if (clock.GetElapsedTime(wroteAt) >= options.Value.Heartbeat)
            {
                await response.Body.WriteAsync(Ping, cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                wroteAt = clock.GetTimestamp();
            }

            if (slice.Events.Count < SliceSize)
            {
                await log.WaitAsync(scanId, options.Value.PollInterval, cancellationToken);
            }

            slice = await log.ReadAfterAsync(scanId, afterSeq, SliceSize, cancellationToken);
        }
    }

    private static async Task StartAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.FlushAsync(cancellationToken);
    }
}
