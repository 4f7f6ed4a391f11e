using System.Text;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Pipeline;

/// <summary>A hostile source is bounded while it is read: 20 MB metadata fields, oversized pages and feeds, endless cursors.</summary>
[NonParallelizable]
public sealed class GatherLimitsTests : OwnHostFreshFeedTests
{
    private const int MetadataBytes = 20 * 1024 * 1024;


    private protected override TestHost StartHost() => new TestHost(new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "false",
        ["Gather:MaxPageBytes"] = (24 * 1024 * 1024).ToString(),
        ["Gather:MaxTotalBytes"] = (64 * 1024 * 1024).ToString(),
        ["Gather:MaxCursorLength"] = "256",
        // Downloads may be large here, so what bounds the feed's pages is the feed's own limits, not this one.
        ["Acquire:MaxBodyBytes"] = (128 * 1024 * 1024).ToString(),
        // A feed page is read under the feed's time limit, not a download's per-attempt one.
        ["Acquire:RequestTimeout"] = "00:00:01",
    });

    [Test]
    public async Task Pages_of_20_MB_metadata_are_read_in_bounded_memory_and_their_items_kept_cut_and_marked()
    {
        ServeLargeFeed(pages: 3, MetadataBytes);
        var user = await ApiUser.RegisterAsync(Host);
        var brand = ApiUser.UniqueBrand("large-metadata");
        using var memory = PeakWorkingSet.Start();

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(brand, Feed.Url("large")), TimeSpan.FromMinutes(2));
        var grewBy = await memory.GrewByMegabytesAsync();
        await TestContext.Progress.WriteLineAsync($"feed of 20 MB metadata fields: the process grew by {grewBy} MB");

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 3, 0)), scan.Message);
        var creatives = await user.AllCreativesAsync(brand);
        Assert.Multiple(() =>
        {
            Assert.That(creatives.Select(creative => creative.Metadata!.Value.GetProperty("headline").GetString()), Is.EquivalentTo(new[] { "Ad 0", "Ad 1", "Ad 2" }));
            Assert.That(creatives.Select(creative => creative.Metadata!.Value.GetProperty("body").GetString()!.Length), Has.All.EqualTo(4_000));
            Assert.That(creatives.Select(creative => creative.Metadata!.Value.GetProperty("_truncated")[0].GetString()), Has.All.EqualTo("body"));
            // One 20 MB field held whole would take 40 MB as a string, and more as parsed JSON.
            Assert.That(grewBy, Is.LessThan(60), "MB the process grew by");
        });
    }

    [Test]
    public async Task A_feed_page_slower_than_a_downloads_attempt_timeout_is_read_whole()
    {
        Feed.Bytes("one.png", TestImages.DistinctPng(1));
        Feed.Map("slow", async http =>
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync($"{{\"items\":[{{\"url\":\"{Feed.Url("one.png")}\",\"metadata\":{{\"headline\":\"");
            for (var second = 0; second < 3; second++)
            {
                await http.Response.WriteAsync("slow ");
                await http.Response.Body.FlushAsync();
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            await http.Response.WriteAsync("\"}}]}");
        });

        var scan = await ScanAsync("slow");

        Assert.That((scan.Status, scan.Total), Is.EqualTo(("completed", 1)), scan.Message);
    }

    [Test]
    public async Task A_page_over_the_page_limit_fails_the_scan_naming_the_limit()
    {
        ServeLargeFeed(pages: 1, 30 * 1024 * 1024);

        var scan = await ScanAsync("large");

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("page 1 is larger than 25165824 bytes (Gather:MaxPageBytes)"));
    }

    [Test]
    public async Task A_feed_over_the_total_limit_fails_the_scan_naming_the_limit()
    {
        ServeLargeFeed(pages: 4, MetadataBytes);

        var scan = await ScanAsync("large");

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("larger than 67108864 bytes in all, at page 4 (Gather:MaxTotalBytes)"));
    }

    [Test]
    public async Task A_cursor_over_the_cursor_limit_fails_the_scan_naming_the_limit()
    {
        Feed.Bytes("one.png", TestImages.DistinctPng(1));
        Feed.Map("feed", http => http.Response.WriteAsJsonAsync(new { items = new[] { new { url = Feed.Url("one.png") } }, nextCursor = new string('c', 1_000) }));

        var scan = await ScanAsync("feed");

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("page 1 has a nextCursor of 1000 characters, more than 256 (Gather:MaxCursorLength)"));
    }

    [Test]
    public async Task An_html_page_over_the_page_limit_fails_the_scan_naming_the_limit()
    {
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>text</p>", 6_000)));
        Feed.Map("page", async http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            for (var sent = 0; sent < 30 * 1024 * 1024 && !http.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
            }
        });
        var user = await ApiUser.RegisterAsync(Host);

        var scan = await user.WaitForScanAsync(await user.StartScanAsync(new { brand = ApiUser.UniqueBrand("page-limits"), source = new { type = "page", url = Feed.Url("page").AbsoluteUri } }));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("body larger than 25165824 bytes (Gather:MaxPageBytes)"));
    }

    private async Task<Modules.Contracts.ScanView> ScanAsync(string path)
    {
        var user = await ApiUser.RegisterAsync(Host);
        return await user.WaitForScanAsync(await user.StartFeedScanAsync(ApiUser.UniqueBrand("feed-limits"), Feed.Url(path)), TimeSpan.FromMinutes(2));
    }

    /// <summary>Pages of one item each whose <c>body</c> is <paramref name="bodyBytes"/> long, streamed so the test holds none of it.</summary>
    private void ServeLargeFeed(int pages, int bodyBytes)
    {
        for (var page = 0; page < pages; page++)
        {
            Feed.Bytes($"img/{page}.png", TestImages.DistinctPng(page));
        }

        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        Feed.Map("large", async http =>
        {
            var page = int.TryParse(http.Request.Query["cursor"], out var cursor) ? cursor : 0;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync($"{{\"items\":[{{\"url\":\"{Feed.Url($"img/{page}.png")}\",\"metadata\":{{\"headline\":\"Ad {page}\",\"body\":\"");
            for (var sent = 0; sent < bodyBytes && !http.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await http.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, bodyBytes - sent)), http.RequestAborted);
            }

            var next = page + 1 < pages ? $"\"{page + 1}\"" : "null";
            await http.Response.WriteAsync($"\"}}}}],\"nextCursor\":{next}}}");
        });
    }

}
