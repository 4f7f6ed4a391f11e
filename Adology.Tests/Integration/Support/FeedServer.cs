using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Adology.Tests.Integration.Support;

/// <summary>A stand-in for the outside world: a Kestrel server on loopback whose routes each test programs.</summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, RequestDelegate> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);

    private FeedServer(WebApplication app) => this.app = app;

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FeedServer(builder.Build());
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        server.BaseUri = new Uri(server.app.Urls.First() + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    public int Hits(string path) => hits.GetValueOrDefault("/" + path.TrimStart('/'));

    /// <summary>Requests of any path, the unknown ones included.</summary>
    public int AllHits => hits.Values.Sum();

    public void Map(string path, RequestDelegate handler) => routes["/" + path.TrimStart('/')] = handler;

    public void Bytes(string path, byte[] content, string contentType = "image/png") =>
        Map(path, http =>
        {
            http.Response.ContentType = contentType;
            return http.Response.Body.WriteAsync(content).AsTask();
        });

    public void Html(string path, string html) => Map(path, http =>
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(html);
    });

    /// <summary>Serves the items as the paged feed format, <paramref name="pageSize"/> per page, the cursor being the page number.</summary>
    public void Feed(string path, IReadOnlyList<object> items, int pageSize) =>
        Map(path, http =>
        {
            var page = int.TryParse(http.Request.Query["cursor"], out var cursor) ? cursor : 0;
            var next = (page + 1) * pageSize < items.Count ? (page + 1).ToString() : null;
            return http.Response.WriteAsJsonAsync(new { items = items.Skip(page * pageSize).Take(pageSize), nextCursor = next }, JsonSerializerOptions.Web);
        });

    /// <summary>One page that answers after a second, so that a test's watcher has joined the scan before anything is acquired.</summary>
    public void SlowFeed(string path, IReadOnlyList<object> items) =>
        Map(path, async http =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await http.Response.WriteAsJsonAsync(new { items, nextCursor = (string?)null }, JsonSerializerOptions.Web);
        });

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        hits.AddOrUpdate(path, 1, (_, count) => count + 1);
        if (routes.TryGetValue(path, out var handler))
        {
            return handler(http);
        }

        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
