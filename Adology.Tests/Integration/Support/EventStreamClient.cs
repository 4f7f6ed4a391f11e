using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Adology.Tests.Integration.Support;

/// <summary>A client of <c>GET /api/scans/{id}/events</c> that parses the frames as an SSE client does.</summary>
internal sealed class EventStreamClient : IDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader? reader;

    private EventStreamClient(HttpResponseMessage response, StreamReader? reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public HttpStatusCode StatusCode => response.StatusCode;

    public HttpResponseMessage Response => response;

    public List<EventStreamFrame> Frames { get; } = [];

    public List<string> Comments { get; } = [];

    /// <param name="lastEventId">Sent as the <c>Last-Event-ID</c> header, or as <c>?lastEventId=</c> when <paramref name="inQuery"/>.</param>
    public static async Task<EventStreamClient> OpenAsync(HttpClient http, Guid scanId, string? lastEventId = null, bool inQuery = false)
    {
        var query = lastEventId is not null && inQuery ? $"?lastEventId={Uri.EscapeDataString(lastEventId)}" : string.Empty;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/scans/{scanId}/events{query}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null && !inQuery)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var reader = response.IsSuccessStatusCode ? new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8) : null;
        return new EventStreamClient(response, reader);
    }

    /// <summary>The next frame, or null when the server closed the stream.</summary>
    public async Task<EventStreamFrame?> NextAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        string? id = null;
        string? name = null;
        var data = new List<string>();
        while (await reader!.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    var frame = new EventStreamFrame(id, name, string.Join('\n', data));
                    Frames.Add(frame);
                    return frame;
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                Comments.Add(line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id":
                    id = value;
                    break;
                case "event":
                    name = value;
                    break;
                case "data":
                    data.Add(value);
                    break;
            }
        }

        return null;
    }

    /// <summary>The next line as sent (a field, a comment or the blank line ending a frame), or null at the end.</summary>
    public async Task<string?> ReadLineAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        return await reader!.ReadLineAsync(deadline.Token);
    }

    /// <summary>Every frame until the server closes the stream; fails when it stays open past the timeout.</summary>
    public async Task<List<EventStreamFrame>> ReadToEndAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        EventStreamFrame? frame;
        do
        {
            frame = await NextAsync(deadline - DateTime.UtcNow);
        }
        while (frame is not null);

        return Frames;
    }

    public void Dispose()
    {
        reader?.Dispose();
        response.Dispose();
    }
}
