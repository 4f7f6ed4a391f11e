using System.Net.Http.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;

namespace Adology.Tests.Integration.Pipeline;

/// <summary>Creatives that must not be stored fail alone, each with its reason, and the rest of the scan goes on.</summary>
public sealed class AcquireLimitsTests
{
    [Test]
    public async Task Unsafe_oversized_and_non_image_items_fail_with_their_reasons_and_good_ones_commit()
    {
        await using var feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        var items = new List<object>();
        for (var i = 0; i < 5; i++)
        {
            feed.Bytes($"good/{i}.png", TestImages.DistinctPng(i));
            items.Add(new { url = feed.Url($"good/{i}.png") });
        }

        feed.Bytes("page.png", "<html><body>not an image</body></html>"u8.ToArray());
        feed.Bytes("bomb.png", TestImages.PngHeader(100_000, 100_000));
        feed.Map("huge.png", async http =>
        {
            http.Response.ContentType = "image/png";
            var chunk = new byte[1024 * 1024];
            for (var sent = 0; sent < 21 && !http.RequestAborted.IsCancellationRequested; sent++)
            {
                await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
            }
        });
        feed.Map("to-metadata", http =>
        {
            http.Response.Redirect("http://169.254.169.254/latest/meta-data/");
            return Task.CompletedTask;
        });
        items.AddRange(new[] { "page.png", "bomb.png", "huge.png", "to-metadata" }.Select(path => (object)new { url = feed.Url(path) }));
        items.Add(new { url = "http://10.0.0.1/ad.png" });
        feed.Feed("feed", items, pageSize: 4);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("limits");

        var scanId = await user.StartFeedScanAsync(brand, feed.Url("feed"));
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 10, 5)), scan.Message);
        Assert.That((await user.CreativesAsync(brand)).Total, Is.EqualTo(5));
        var failures = await user.Http.GetFromJsonAsync<Page<FailedItem>>($"/api/scans/{scanId}/failures");
        var reasons = failures!.Items.ToDictionary(item => item.Url, item => item.Reason);
        Assert.Multiple(() =>
        {
            Assert.That(reasons[feed.Url("page.png").AbsoluteUri], Is.EqualTo("not an image (unrecognised bytes)"));
            Assert.That(reasons[feed.Url("bomb.png").AbsoluteUri], Is.EqualTo("image of 100000x100000 pixels is over the 50000000 pixel limit"));
            Assert.That(reasons[feed.Url("huge.png").AbsoluteUri], Is.EqualTo("body larger than 20971520 bytes"));
            Assert.That(reasons[feed.Url("to-metadata").AbsoluteUri], Does.StartWith("refused address 169.254.169.254"));
            Assert.That(reasons["http://10.0.0.1/ad.png"], Does.StartWith("refused address 10.0.0.1"));
        });
    }

    [Test]
    public async Task Feed_on_a_private_address_fails_the_scan_without_fetching_it()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(ApiUser.UniqueBrand(), new Uri("http://192.168.1.1/feed")));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.Contain("refused address 192.168.1.1"));
    }
}
