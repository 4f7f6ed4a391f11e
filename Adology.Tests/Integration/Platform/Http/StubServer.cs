using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Adology.Tests.Integration.Platform.Http;

/// <summary>Kestrel on a free loopback port; each test maps its own path and reads back how often it was hit.</summary>
internal sealed class StubServer(WebApplication app) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, int, Task>> routes = new();
    private readonly ConcurrentDictionary<string, int> hits = new();

    public string Authority => new Uri(app.Urls.Single()).Authority;

    public int Port => new Uri(app.Urls.Single()).Port;

    public static async Task<StubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        var server = new StubServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>Serves <paramref name="handler"/> (given the 1-based attempt number) at a new path.</summary>
    public Uri Map(Func<HttpContext, int, Task> handler)
    {
        var path = $"/{Guid.NewGuid():N}";
        routes[path] = handler;
        return new Uri($"http://{Authority}{path}");
    }

    public int Hits(Uri url) => hits.GetValueOrDefault(url.AbsolutePath);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var attempt = hits.AddOrUpdate(path, 1, (_, count) => count + 1);
        if (routes.TryGetValue(path, out var handler))
        {
            return handler(context, attempt);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
