using System.Net.Http.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Pipeline;

public sealed class FeedScanTests
{
    private FeedServer feed = null!;

    [SetUp]
    public async Task StartFeed()
    {
        feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
    }

    [TearDown]
    public async Task StopFeed() => await feed.DisposeAsync();

    [Test]
    public async Task Feed_scan_with_duplicates_dead_links_and_a_flaky_item_completes_with_exact_failed_count()
    {
        var items = new List<object>();
        for (var i = 0; i < 14; i++)
        {
            feed.Bytes($"img/{i}.png", TestImages.DistinctPng(i));
            items.Add(new { url = feed.Url($"img/{i}.png"), metadata = new { platform = "facebook", headline = $"Ad {i}" } });
        }

        for (var i = 0; i < 3; i++)
        {
            feed.Bytes($"copy/{i}.png", TestImages.DistinctPng(i));
            items.Add(new { url = feed.Url($"copy/{i}.png") });
        }

        items.Add(new { url = feed.Url("dead/1.png") });
        items.Add(new { url = feed.Url("dead/2.png") });
        var flakyAttempts = 0;
        var flaky = TestImages.DistinctPng(99);
        feed.Map("flaky.png", async http =>
        {
            if (Interlocked.Increment(ref flakyAttempts) == 1)
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            http.Response.ContentType = "image/png";
            await http.Response.Body.WriteAsync(flaky);
        });
        items.Add(new { url = feed.Url("flaky.png") });
        feed.Feed("feed", items, pageSize: 6);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("feed");

        var scanId = await user.StartFeedScanAsync(brand, feed.Url("feed"));
        var scan = await user.WaitForScanAsync(scanId);

        Assert.Multiple(() =>
        {
            Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
            Assert.That(scan.Total, Is.EqualTo(20));
            Assert.That(scan.Processed, Is.EqualTo(20));
            Assert.That(scan.Failed, Is.EqualTo(2));
            Assert.That(flakyAttempts, Is.EqualTo(2));
        });
        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives, Has.Count.EqualTo(15));
        var flakyHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(flaky));
        Assert.That(creatives.Select(creative => creative.Sha256), Does.Contain(flakyHash));
        var failures = await user.Http.GetFromJsonAsync<Page<FailedItem>>($"/api/scans/{scanId}/failures");
        Assert.That(failures!.Items.Select(item => item.Url), Is.EquivalentTo(new[] { feed.Url("dead/1.png").AbsoluteUri, feed.Url("dead/2.png").AbsoluteUri }));
        Assert.That(failures.Items, Has.All.Matches<FailedItem>(item => item.Reason.Contains("404", StringComparison.Ordinal)));
    }

    [Test]
    public async Task Feed_metadata_is_kept_with_the_committed_creative()
    {
        feed.Bytes("one.png", TestImages.DistinctPng(1));
        feed.Feed("feed", [new { url = feed.Url("one.png"), metadata = new { platform = "tiktok", headline = "Summer sale" } }], pageSize: 10);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("meta");

        await user.WaitForScanAsync(await user.StartFeedScanAsync(brand, feed.Url("feed")));

        var creative = (await user.AllCreativesAsync(brand)).Single();
        Assert.That(creative.Metadata!.Value.GetProperty("headline").GetString(), Is.EqualTo("Summer sale"));
        Assert.That(creative.Url, Is.EqualTo(feed.Url("one.png").AbsoluteUri));
        Assert.That(creative.MediaType, Is.EqualTo("image/png"));
    }

    [Test]
    public async Task A_megabyte_of_copy_is_cut_at_the_field_limit_and_marked_and_the_scan_completes()
    {
        feed.Bytes("one.png", TestImages.DistinctPng(1));
        feed.Bytes("two.png", TestImages.DistinctPng(2));
        var hostile = new { platform = "tiktok", headline = "Only $19.99", body = string.Concat(Enumerable.Repeat("111 ", 250_000)) };
        feed.Feed("feed", [new { url = feed.Url("one.png"), metadata = hostile }, new { url = feed.Url("two.png"), metadata = new { headline = "Fine" } }], pageSize: 10);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("capped");

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(brand, feed.Url("feed")));

        Assert.That(scan.Status, Is.EqualTo("completed"));
        var cut = (await user.AllCreativesAsync(brand)).Single(creative => creative.Metadata!.Value.GetProperty("headline").GetString() == "Only $19.99");
        Assert.That(cut.Metadata!.Value.GetProperty("body").GetString(), Has.Length.EqualTo(4_000));
        Assert.That(cut.Metadata!.Value.GetProperty("_truncated")[0].GetString(), Is.EqualTo("body"));
    }

    [Test]
    public async Task A_feed_cannot_make_a_scan_read_a_stored_blob()
    {
        var stored = TestImages.DistinctPng(7);
        var sha256 = System.Security.Cryptography.SHA256.HashData(stored);
        var path = Path.Combine(SharedHost.Instance.BlobPath, Convert.ToHexStringLower(sha256)[..2], Convert.ToHexStringLower(sha256));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, stored);
        feed.Bytes("one.png", TestImages.DistinctPng(1));
        feed.Feed("feed", [new { url = feed.Url("one.png") }, new { url = BlobUrls.For(sha256) }], pageSize: 10);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("foreign-blob");

        var scanId = await user.StartFeedScanAsync(brand, feed.Url("feed"));
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That(scan.Failed, Is.EqualTo(1), scan.Message);
        var failure = (await user.Http.GetFromJsonAsync<Page<FailedItem>>($"/api/scans/{scanId}/failures"))!.Items.Single();
        Assert.That(failure.Reason, Is.EqualTo(Modules.Scans.Ledger.StagedUrl.ForeignBlob));
        Assert.That((await user.AllCreativesAsync(brand)).Select(creative => creative.Url), Is.EqualTo(new[] { feed.Url("one.png").AbsoluteUri }));
    }

    [Test]
    public async Task Rescan_of_a_brand_stores_each_creative_once_and_counts_its_sightings()
    {
        var items = Enumerable.Range(0, 5).Select(i =>
        {
            feed.Bytes($"img/{i}.png", TestImages.DistinctPng(i));
            return (object)new { url = feed.Url($"img/{i}.png") };
        }).ToList();
        feed.Feed("feed", items, pageSize: 2);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("rescan");

        var first = await user.StartFeedScanAsync(brand, feed.Url("feed"));
        await user.WaitForScanAsync(first);
        var second = await user.StartFeedScanAsync(brand, feed.Url("feed"));
        await user.WaitForScanAsync(second);

        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives, Has.Count.EqualTo(5));
        Assert.That(creatives, Has.All.Matches<CreativeView>(c => c.SeenCount == 2 && c.Scans.SequenceEqual(new[] { first, second })));
        Assert.That(creatives, Has.All.Matches<CreativeView>(c => c.LastSeenAt > c.FirstSeenAt));
    }

    [Test]
    public async Task Malformed_feed_page_fails_the_scan_with_a_clear_message()
    {
        feed.Map("feed", http => http.Response.WriteAsync("<html>not json</html>"));
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(ApiUser.UniqueBrand(), feed.Url("feed")));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("page 1 is malformed").And.Contain("not valid JSON"));
    }

    [Test]
    public async Task Feed_without_an_items_array_fails_the_scan()
    {
        feed.Map("feed", http => http.Response.WriteAsJsonAsync(new { creatives = Array.Empty<object>() }));
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(ApiUser.UniqueBrand(), feed.Url("feed")));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("\"items\" is missing or not an array"));
    }

    [Test]
    public async Task Feed_that_repeats_its_cursor_fails_instead_of_looping()
    {
        feed.Bytes("one.png", TestImages.DistinctPng(1));
        feed.Map("feed", http => http.Response.WriteAsJsonAsync(new { items = new[] { new { url = feed.Url("one.png") } }, nextCursor = "again" }));
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(ApiUser.UniqueBrand(), feed.Url("feed")));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("repeats the cursor 'again'"));
    }

    [Test]
    public async Task Feed_that_cannot_be_fetched_fails_the_scan_with_the_reason()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(ApiUser.UniqueBrand(), feed.Url("no-such-feed")));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("could not be fetched").And.Contain("404"));
    }

    [Test]
    public async Task Feed_item_without_a_usable_url_fails_alone_with_its_reason()
    {
        feed.Bytes("one.png", TestImages.DistinctPng(1));
        feed.Bytes("two.png", TestImages.DistinctPng(2));
        feed.Feed("feed", [new { url = feed.Url("one.png") }, new { url = feed.Url("two.png") }, new { url = "javascript:alert(1)" }, new { headline = "no url" }], pageSize: 10);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand(), feed.Url("feed"));
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        Assert.That(scan.Failed, Is.EqualTo(2));
        var failures = await user.Http.GetFromJsonAsync<Page<FailedItem>>($"/api/scans/{scanId}/failures");
        Assert.That(failures!.Items.Select(item => item.Reason), Is.EqualTo(new[] { "not an absolute http(s) URL", "missing URL" }));
    }

    [Test]
    public async Task Empty_feed_completes_with_nothing_committed()
    {
        feed.Feed("feed", [], pageSize: 10);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("empty");

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(brand, feed.Url("feed")));

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        Assert.That(scan.Total, Is.Zero);
        Assert.That((await user.CreativesAsync(brand)).Total, Is.Zero);
    }

    [Test]
    public async Task Scan_with_more_failed_items_than_allowed_ends_failed_and_commits_nothing()
    {
        feed.Bytes("one.png", TestImages.DistinctPng(1));
        feed.Feed("feed", [new { url = feed.Url("one.png") }, new { url = feed.Url("dead/1.png") }, new { url = feed.Url("dead/2.png") }], pageSize: 10);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("too-many");

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(brand, feed.Url("feed")));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Is.EqualTo("2 of 3 items failed, more than the 50% allowed"));
        Assert.That((await user.CreativesAsync(brand)).Total, Is.Zero);
    }
}
