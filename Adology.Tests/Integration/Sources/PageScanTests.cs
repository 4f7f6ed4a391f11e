using System.Net.Http.Json;
using System.Security.Cryptography;
using Adology.Modules.Contracts;
using Adology.Modules.Gather.Page;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Sources;

/// <summary>The page source against a local test site: what it collects, what it skips, what fails as an item.</summary>
public sealed class PageScanTests
{
    private FeedServer site = null!;

    [SetUp]
    public async Task StartSite()
    {
        site = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(site.BaseUri);
    }

    [TearDown]
    public async Task StopSite() => await site.DisposeAsync();

    [Test]
    public async Task Page_scan_collects_every_kind_of_picture_across_pages_and_counts_the_skipped_ones()
    {
        for (var i = 0; i < 9; i++)
        {
            site.Bytes($"img/{i}.png", TestImages.DistinctPng(i));
        }

        var inline = TestImages.DistinctPng(20);
        site.Html("shop/index.html", $"""
            <html><head><meta property="og:image" content="/img/0.png"><title>Shop</title></head><body>
              <h1>Summer</h1>
              <img src="../img/1.png" srcset="../img/1.png 300w, ../img/2.png 1200w">
              <picture><source type="image/webp" srcset="/img/3.png"><img src="/img/9.png" alt="hero"></picture>
              <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="/img/4.png">
              <img src="/img/0.png">
              <img src="/pixel.gif" width="1" height="1"><img src="/cart.png" width="16" height="16"><img src="/logo.svg">
              <img src="data:image/png;base64,{Convert.ToBase64String(inline)}">
              <a rel="next" href="page2.html">next</a>
            </body></html>
            """);
        site.Html("shop/page2.html", """
            <html><body>
              <h2>Beach bags</h2>
              <div style="background-image: url('/img/5.png')"></div>
              <figure><a href="/landing/bag"><img src="/img/6.png" alt="Beach bag"> Shop the bag</a><figcaption>Only this week</figcaption></figure>
              <link rel="next" href="page3.html">
            </body></html>
            """);
        site.Html("shop/page3.html", """<img src="/img/7.png">""");
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("page");

        var scanId = await user.StartScanAsync(new { brand, source = new { type = "page", url = site.Url("shop/index.html").AbsoluteUri, maxPages = 2 } });
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 7, 0)), scan.Message);
        Assert.That(scan.Message, Does.Contain("Gathering skipped 3 pictures: ")
            .And.Contain($"1 {PictureSize.Tracker}").And.Contain($"1 {PictureSize.Icon(50)}").And.Contain($"1 {PictureUrls.NotRaster}"));
        Assert.That(site.Hits("shop/page3.html"), Is.Zero);
        var creatives = await user.AllCreativesAsync(brand);
        var inlineUrl = BlobUrls.For(SHA256.HashData(inline));
        Assert.That(creatives.Select(creative => creative.Url), Is.EquivalentTo(
            new[] { 0, 2, 3, 4, 5, 6 }.Select(i => site.Url($"img/{i}.png").AbsoluteUri).Append(inlineUrl)));
        var bag = creatives.Single(creative => creative.Url == site.Url("img/6.png").AbsoluteUri).Metadata!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(bag.GetProperty("alt").GetString(), Is.EqualTo("Beach bag"));
            Assert.That(bag.GetProperty("figcaption").GetString(), Is.EqualTo("Only this week"));
            Assert.That(bag.GetProperty("heading").GetString(), Is.EqualTo("Beach bags"));
            Assert.That(bag.GetProperty("linkText").GetString(), Is.EqualTo("Shop the bag"));
            Assert.That(bag.GetProperty("landingUrl").GetString(), Is.EqualTo(site.Url("landing/bag").AbsoluteUri));
            Assert.That(bag.GetProperty("pageUrl").GetString(), Is.EqualTo(site.Url("shop/page2.html").AbsoluteUri));
        });
    }

    [Test]
    public async Task Pictures_redirecting_to_link_local_or_pointing_at_loopback_fail_as_items_and_the_rest_commit()
    {
        await using var canary = await FeedServer.StartAsync();
        canary.Bytes("ad.png", TestImages.DistinctPng(30));
        for (var i = 0; i < 3; i++)
        {
            site.Bytes($"img/{i}.png", TestImages.DistinctPng(i));
        }

        site.Map("to-metadata.png", http =>
        {
            http.Response.Redirect("http://169.254.169.254/latest/meta-data/");
            return Task.CompletedTask;
        });
        var loopback = canary.Url("ad.png").AbsoluteUri;
        site.Html("index.html", $"""<img src="img/0.png"><img src="img/1.png"><img src="img/2.png"><img src="to-metadata.png"><img src="{loopback}">""");
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("page-ssrf");

        var scanId = await user.StartScanAsync(new { brand, source = new { type = "page", url = site.Url("index.html").AbsoluteUri } });
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 5, 2)), scan.Message);
        var failures = (await user.Http.GetFromJsonAsync<Page<FailedItem>>($"/api/scans/{scanId}/failures"))!.Items.ToDictionary(item => item.Url, item => item.Reason);
        Assert.That(failures[site.Url("to-metadata.png").AbsoluteUri], Does.StartWith("refused address 169.254.169.254 (link-local)"));
        Assert.That(failures[loopback], Does.StartWith("refused address 127.0.0.1 (loopback)"));
        Assert.That(canary.Hits("ad.png"), Is.Zero);
        Assert.That((await user.AllCreativesAsync(brand)).Select(creative => creative.Url),
            Is.EquivalentTo(Enumerable.Range(0, 3).Select(i => site.Url($"img/{i}.png").AbsoluteUri)));
    }

    [Test]
    public async Task Page_that_cannot_be_read_fails_the_scan_with_the_reason()
    {
        site.Bytes("picture.png", TestImages.DistinctPng(1));
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var missing = await user.WaitForScanAsync(await user.StartScanAsync(new { brand = ApiUser.UniqueBrand(), source = new { type = "page", url = site.Url("missing.html").AbsoluteUri } }));
        var notHtml = await user.WaitForScanAsync(await user.StartScanAsync(new { brand = ApiUser.UniqueBrand(), source = new { type = "page", url = site.Url("picture.png").AbsoluteUri } }));

        Assert.That((missing.Status, missing.Message), Is.EqualTo(("failed", $"Page 1 ({site.Url("missing.html")}) could not be read: HTTP 404 Not Found.")));
        Assert.That((notHtml.Status, notHtml.Message), Is.EqualTo(("failed", $"Page 1 ({site.Url("picture.png")}) could not be read: not an HTML page (image/png).")));
    }

    [Test]
    public async Task Page_without_pictures_completes_with_nothing_committed()
    {
        site.Html("empty.html", "<p>No pictures here.</p>");
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var scan = await user.WaitForScanAsync(await user.StartScanAsync(new { brand = ApiUser.UniqueBrand(), source = new { type = "page", url = site.Url("empty.html").AbsoluteUri } }));

        Assert.That((scan.Status, scan.Total), Is.EqualTo(("completed", 0)), scan.Message);
    }
}
