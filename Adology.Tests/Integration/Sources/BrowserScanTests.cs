using System.Diagnostics;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Sources;

/// <summary>The browser source on the shared host's Chromium, against a test site served here.</summary>
public sealed class BrowserScanTests
{
    private FeedServer site = null!;

    [SetUp]
    public async Task StartSite()
    {
        site = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(site.BaseUri);
        for (var i = 1; i <= 3; i++)
        {
            site.Bytes($"img/{i}.png", TestImages.DistinctPng(i));
        }
    }

    [TearDown]
    public async Task StopSite() => await site.DisposeAsync();

    [Test]
    public async Task Pictures_a_script_inserts_after_a_scroll_are_collected()
    {
        site.Html("shop.html", BrowserTestPages.Lazy("img/1.png"));
        site.Map("items.json", http => http.Response.WriteAsJsonAsync(new[] { "img/2.png", "img/3.png" }));
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("browser");

        var scan = await user.WaitForScanAsync(await StartAsync(user, brand, "shop.html"));

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        Assert.That(scan.Message, Does.Contain("Gathering skipped 1 picture: 1 tracking pixel"));
        Assert.That(site.Hits("items.json"), Is.EqualTo(1));
        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives.Select(creative => creative.Url), Is.EquivalentTo(new[] { 1, 2, 3 }.Select(i => site.Url($"img/{i}.png").AbsoluteUri)));
        var inserted = creatives.Single(creative => creative.Url.EndsWith("3.png", StringComparison.Ordinal));
        Assert.That(inserted.Metadata!.Value.GetProperty("alt").GetString(), Is.EqualTo("Inserted img/3.png"));
        Assert.That(inserted.Metadata!.Value.GetProperty("pageUrl").GetString(), Is.EqualTo(site.Url("shop.html").AbsoluteUri));
    }

    [Test]
    public async Task A_page_script_reaches_no_refused_address_by_fetch_redirect_websocket_beacon_or_frame()
    {
        await using var canary = await FeedServer.StartAsync();
        site.Html("shop.html", BrowserTestPages.Prober(canary.BaseUri, then: "img/1.png"));
        site.Map("moved.js", http =>
        {
            http.Response.Redirect(canary.Url("redirected.js").AbsoluteUri);
            return Task.CompletedTask;
        });
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("canary");

        var scan = await user.WaitForScanAsync(await StartAsync(user, brand, "shop.html"));

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        Assert.That(site.Hits("moved.js"), Is.EqualTo(1), "the page's redirecting script was asked for");
        // The picture is inserted only once the refused fetch has failed, so the script did run.
        Assert.That((await user.AllCreativesAsync(brand)).Single().Url, Is.EqualTo(site.Url("img/1.png").AbsoluteUri));
        Assert.That(canary.AllHits, Is.Zero);
    }

    [Test]
    public async Task Scan_completes_when_the_browser_process_is_killed_while_it_renders()
    {
        var rendering = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        site.Html("shop.html", BrowserTestPages.Lazy("img/1.png", script: "slow.js"));
        site.Map("items.json", http => http.Response.WriteAsJsonAsync(new[] { "img/2.png" }));
        site.Map("slow.js", async http =>
        {
            if (site.Hits("slow.js") == 1)
            {
                rendering.SetResult();
                await killed.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }

            await http.Response.WriteAsync("document.title = 'slow';");
        });
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("killed");

        var scanId = await StartAsync(user, brand, "shop.html");
        await rendering.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var browsers = BrowserProcesses.Running();
        Assert.That(browsers, Is.Not.Empty, "the host's browser runs below the test process");
        foreach (var pid in browsers)
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            await process.WaitForExitAsync();
        }

        killed.SetResult();
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        Assert.That(site.Hits("slow.js"), Is.EqualTo(2), "the page was rendered again");
        Assert.That(BrowserProcesses.Running().Except(browsers), Is.Not.Empty, "a new browser rendered the page");
        Assert.That((await user.AllCreativesAsync(brand)).Select(creative => creative.Url),
            Is.EquivalentTo(new[] { site.Url("img/1.png").AbsoluteUri, site.Url("img/2.png").AbsoluteUri }));
    }

    private Task<Guid> StartAsync(ApiUser user, string brand, string path) =>
        user.StartScanAsync(new { brand, source = new { type = SourceTypes.Browser, url = site.Url(path).AbsoluteUri, scrolls = 10 } });
}
