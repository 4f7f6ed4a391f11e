using System.Text.Json;

namespace Adology.Bench;

/// <summary>
/// The "outside world" of the benchmark: a feed of distinct pictures served from memory by Kestrel, each item with the
/// metadata the benchmark gives for its index.
/// </summary>
internal sealed class BenchFeed(WebApplication app, Func<int, object> metadataAt) : IAsyncDisposable
{
    private const int PageSize = 1_000;

    public Uri BaseUri => new(app.Urls.First() + "/");

    /// <summary>A feed of <paramref name="count"/> images starting at <paramref name="first"/>, under URLs of its own set.</summary>
    public Uri FeedUrl(string set, int first, int count) => new(BaseUri, $"feed/{set}?first={first}&count={count}");

    public Uri ImageUrl(string set, int index) => new(BaseUri, $"img/{set}/{index}.png");

    /// <summary>A feed whose items carry only <c>platform</c> and, when given, <c>body</c>.</summary>
    public static Task<BenchFeed> StartAsync(IReadOnlyList<byte[]> images, IReadOnlyList<string>? copies = null) =>
        StartAsync(index => images[index], index => new { platform = "bench", body = copies?[index] });

    public static async Task<BenchFeed> StartAsync(Func<int, byte[]> imageAt, Func<int, object> metadataAt)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var feed = new BenchFeed(app, metadataAt);
        app.MapGet("/img/{set}/{index:int}.png", (int index) => Results.Bytes(imageAt(index), "image/png"));
        app.MapGet("/feed/{set}", (string set, int first, int count, int? cursor, HttpResponse response) =>
            response.WriteAsJsonAsync(feed.Page(set, first, count, cursor ?? 0), JsonSerializerOptions.Web));
        await app.StartAsync();
        return feed;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private object Page(string set, int first, int count, int page)
    {
        var start = page * PageSize;
        var end = Math.Min(count, start + PageSize);
        return new
        {
            items = Enumerable.Range(first + start, Math.Max(0, end - start))
                .Select(index => new { url = ImageUrl(set, index).AbsoluteUri, metadata = metadataAt(index) }),
            nextCursor = end < count ? (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }
}
