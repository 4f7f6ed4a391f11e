namespace Adology.Bench;

/// <summary>
/// A feed that answers only when released: the scans that gather from it stay open (phase gather) for as long as the
/// benchmark holds their watchers, without sending them any event.
/// </summary>
internal sealed class StalledFeed(WebApplication app, CancellationTokenSource released) : IAsyncDisposable
{
    public Uri Url => new(app.Urls.First() + "/feed");

    public Uri BaseUri => new(app.Urls.First() + "/");

    public static async Task<StalledFeed> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var released = new CancellationTokenSource();
        app.MapGet("/feed", async (HttpContext context) =>
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, released.Token);
            await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        await app.StartAsync();
        return new StalledFeed(app, released);
    }

    /// <summary>Answers the waiting requests (503), so that the host can stop without waiting for them.</summary>
    public Task ReleaseAsync() => released.CancelAsync();

    public async ValueTask DisposeAsync()
    {
        await released.CancelAsync();
        await app.DisposeAsync();
        released.Dispose();
    }
}
