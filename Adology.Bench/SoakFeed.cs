namespace Adology.Bench;

/// <summary>
/// The soak benchmark's feed: every scan's own set of <see cref="Items"/> ads with ad copy, of which every tenth answers
/// 404 (the items a scan may count as failed) and every tenth other one takes <see cref="SlowBy"/> to arrive.
/// </summary>
internal sealed class SoakFeed(WebApplication app, IReadOnlyList<byte[]> images) : IAsyncDisposable
{
    public const int Items = 30;

    private static readonly TimeSpan SlowBy = TimeSpan.FromSeconds(1.5);

    public static int Failing => Enumerable.Range(0, Items).Count(Fails);

    public Uri BaseUri => new(app.Urls.First() + "/");

    public Uri FeedUrl(int set) => new(BaseUri, $"feed/{set}");

    public static async Task<SoakFeed> StartAsync(IReadOnlyList<byte[]> images)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var feed = new SoakFeed(app, images);
        app.MapGet("/img/{set:int}/{index:int}.png", feed.ImageAsync);
        app.MapGet("/feed/{set:int}", (int set) => Results.Json(feed.Page(set), System.Text.Json.JsonSerializerOptions.Web));
        await app.StartAsync();
        return feed;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static bool Fails(int index) => index % 10 == 3;

    private static bool IsSlow(int index) => index % 10 == 7;

    private async Task<IResult> ImageAsync(int set, int index, CancellationToken cancellationToken)
    {
        if (Fails(index))
        {
            return Results.NotFound();
        }

        if (IsSlow(index))
        {
            await Task.Delay(SlowBy, cancellationToken);
        }

        return Results.Bytes(images[((set * Items) + index) % images.Count], "image/png");
    }

    private object Page(int set) => new
    {
        items = Enumerable.Range(0, Items).Select(index => new
        {
            url = new Uri(BaseUri, $"img/{set}/{index}.png").AbsoluteUri,
            metadata = BenchAdCopy.Of((set * Items) + index),
        }),
        nextCursor = (string?)null,
    };
}
