using System.Diagnostics;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;

namespace Adology.Tests.Integration.Pipeline;

/// <summary>
/// User A's feed is a tarpit: every picture takes seconds to arrive. Its batches hold the download slots until their
/// slowest picture arrives, unless slow downloads move to the slow lane; user B's scan must not wait behind them.
/// </summary>
public sealed class FairShareTests
{
    private const int TarpitItems = 120;
    private const int QuickItems = 20;
    private static readonly TimeSpan TarpitDelay = TimeSpan.FromSeconds(4);

    private TestHost host = null!;
    private FeedServer feed = null!;

    [OneTimeSetUp]
    public async Task StartHostAndFeeds()
    {
        host = new TestHost(new Dictionary<string, string?>
        {
            // Small batches, so that A's 120 pictures fill every batch in flight several times over.
            ["Scans:AcquireBatchSize"] = "10",
            ["Acquire:SlowAfter"] = "00:00:00.500",
            ["Acquire:SlowDownloadsPerUser"] = "40",
            ["Jobs:Enabled"] = "false",
        });
        feed = await FeedServer.StartAsync();
        host.Allow(feed.BaseUri);
        feed.Feed("tarpit", [.. Enumerable.Range(0, TarpitItems).Select(index => TarpitItem(index))], pageSize: 1_000);
        feed.Feed("quick-alone", [.. Enumerable.Range(0, QuickItems).Select(index => QuickItem("alone", 3_200 + index))], pageSize: 1_000);
        feed.Feed("warm-up", [.. Enumerable.Range(0, QuickItems).Select(index => QuickItem("warm-up", 3_400 + index))], pageSize: 1_000);
        feed.Feed("quick-together", [.. Enumerable.Range(0, QuickItems).Select(index => QuickItem("together", 3_300 + index))], pageSize: 1_000);
    }

    [OneTimeTearDown]
    public async Task StopHostAndFeeds()
    {
        await host.DisposeAsync();
        await feed.DisposeAsync();
    }

    [Test]
    public async Task A_tarpit_feed_of_one_user_does_not_delay_another_users_scan_and_still_completes()
    {
        var a = await ApiUser.RegisterAsync(host);
        var b = await ApiUser.RegisterAsync(host);
        await TimeScanAsync(b, "warm-up");
        var alone = await TimeScanAsync(b, "quick-alone");

        var tarpit = await a.StartFeedScanAsync(ApiUser.UniqueBrand("tarpit"), feed.Url("tarpit"));
        await WaitForTarpitRequestsAsync(40);
        var together = await TimeScanAsync(b, "quick-together");
        var tarpitScan = await a.WaitForScanAsync(tarpit, TimeSpan.FromSeconds(90));
        await TestContext.Out.WriteLineAsync($"B's scan alone {alone.TotalSeconds:0.0} s, beside A's tarpit {together.TotalSeconds:0.0} s");

        Assert.Multiple(() =>
        {
            Assert.That(together, Is.LessThan(alone + TimeSpan.FromSeconds(2.5)));
            Assert.That(tarpitScan.Status, Is.EqualTo("completed"), tarpitScan.Message);
            Assert.That(tarpitScan.Processed - tarpitScan.Failed, Is.EqualTo(TarpitItems));
        });
    }

    private async Task<TimeSpan> TimeScanAsync(ApiUser user, string feedPath)
    {
        var watch = Stopwatch.StartNew();
        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand(feedPath), feed.Url(feedPath));
        var scan = await user.WaitForScanAsync(scanId, TimeSpan.FromSeconds(90));
        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        return watch.Elapsed;
    }

    private async Task WaitForTarpitRequestsAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Enumerable.Range(0, TarpitItems).Sum(index => feed.Hits($"tarpit/{index}.png")) < count)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the tarpit scan did not start downloading");
            await Task.Delay(20);
        }
    }

    private object TarpitItem(int index)
    {
        var png = TestImages.DistinctPng(3_000 + index);
        feed.Map($"tarpit/{index}.png", async http =>
        {
            http.Response.ContentType = "image/png";
            await http.Response.Body.WriteAsync(png.AsMemory(0, png.Length / 2), http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await Task.Delay(TarpitDelay, http.RequestAborted);
            await http.Response.Body.WriteAsync(png.AsMemory(png.Length / 2), http.RequestAborted);
        });
        return new { url = feed.Url($"tarpit/{index}.png") };
    }

    private object QuickItem(string prefix, int seed)
    {
        feed.Bytes($"{prefix}/{seed}.png", TestImages.DistinctPng(seed));
        return new { url = feed.Url($"{prefix}/{seed}.png"), metadata = new { headline = $"Quick {seed}" } };
    }
}
