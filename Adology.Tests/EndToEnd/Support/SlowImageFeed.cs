using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.EndToEnd.Support;

/// <summary>
/// A feed of distinct PNGs, 1,000 a page, each image served after a short delay so a scan's phases last
/// long enough to be interrupted.
/// </summary>
internal sealed class SlowImageFeed : IAsyncDisposable
{
    private const int PageSize = 1_000;
    private readonly FeedServer server;

    private SlowImageFeed(FeedServer server) => this.server = server;

    public Uri FeedUrl => server.Url("feed");

    public Uri BaseUri => server.BaseUri;

    public static async Task<SlowImageFeed> StartAsync(int items)
    {
        var feed = new SlowImageFeed(await FeedServer.StartAsync());
        feed.server.Map("feed", feed.PageAsync(items));
        for (var index = 0; index < items; index++)
        {
            var png = TestImages.DistinctPng(index);
            feed.server.Map($"img/{index}.png", async http =>
            {
                await Task.Delay(10, http.RequestAborted);
                http.Response.ContentType = "image/png";
                await http.Response.Body.WriteAsync(png, http.RequestAborted);
            });
        }

        return feed;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private RequestDelegate PageAsync(int items) => async http =>
    {
        var page = int.TryParse(http.Request.Query["cursor"], out var cursor) ? cursor : 0;
        var urls = Enumerable.Range(page * PageSize, Math.Min(PageSize, items - (page * PageSize))).Select(index => new { url = server.Url($"img/{index}.png") });
        var next = (page + 1) * PageSize < items ? (page + 1).ToString() : null;
        await http.Response.WriteAsJsonAsync(new { items = urls, nextCursor = next });
    };
}
