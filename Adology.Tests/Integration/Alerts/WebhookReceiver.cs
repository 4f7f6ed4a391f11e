using System.Collections.Concurrent;
using Adology.Tests.Integration.Support;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Alerts;

/// <summary>A webhook receiver on loopback: records each request and answers the statuses it is given, in turn, then 200.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly FeedServer server;
    private readonly ConcurrentQueue<ReceivedHook> received = new();
    private readonly ConcurrentQueue<int> answers;

    private WebhookReceiver(FeedServer server, IEnumerable<int> answers)
    {
        this.server = server;
        this.answers = new ConcurrentQueue<int>(answers);
        server.Map("/hook", ReceiveAsync);
    }

    public Uri Url => server.Url("/hook");

    public IReadOnlyList<ReceivedHook> Received => [.. received];

    public static async Task<WebhookReceiver> StartAsync(TestHost host, params int[] answers)
    {
        var server = await FeedServer.StartAsync();
        host.Allow(server.BaseUri);
        return new WebhookReceiver(server, answers);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task ReceiveAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var status = answers.TryDequeue(out var next) ? next : StatusCodes.Status200OK;
        received.Enqueue(new ReceivedHook(
            http.Request.Headers["Adology-Timestamp"].ToString(), http.Request.Headers["Adology-Signature"].ToString(), http.Request.ContentType, body, status));
        http.Response.StatusCode = status;
    }
}
