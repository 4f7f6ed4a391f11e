using System.Text.Json;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Sources;

/// <summary>The ad library source against a local stand-in of the Graph API's <c>ads_archive</c> and of the ads' snapshot pages.</summary>
public sealed class AdLibraryScanTests
{
    private readonly string token = $"EAAB-secret-{Guid.NewGuid():N}";
    private readonly CapturedLogs logs = new();
    private FeedServer site = null!;
    private AdLibraryStandIn library = null!;
    private TestHost host = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        site = await FeedServer.StartAsync();
        library = new AdLibraryStandIn(site, token);
        // Hangfire stays with the shared host: a second job server would take its jobs.
        host = new TestHost(
            new Dictionary<string, string?>
            {
                ["Jobs:Enabled"] = "false",
                ["Sources:AdLibrary:AccessToken"] = token,
                ["Sources:AdLibrary:BaseUrl"] = library.BaseUrl.AbsoluteUri,
                ["Sources:AdLibrary:RateLimitDelay"] = "00:00:00.050",
            },
            logs);
        host.Allow(site.BaseUri);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        host.Dispose();
        await site.DisposeAsync();
    }

    [Test]
    public async Task Ads_of_two_pages_are_committed_with_their_copy_dates_and_platforms_and_the_token_shows_nowhere()
    {
        for (var i = 1; i <= 4; i++)
        {
            site.Bytes($"ads/{i}.png", TestImages.DistinctPng(40 + i));
        }

        library.Snapshots(new Dictionary<string, string>
        {
            ["101"] = """<div><a href="https://acme.example/sale"><img src="/ads/1.png" alt="Sale"></a></div>""",
            ["102"] = """<img src="/ads/2.png"><img src="/ads/tracker.gif" width="1" height="1">""",
            ["103"] = """<img src="/ads/3.png"><img src="/ads/4.png">""",
        });
        library.Serve(
            [
                Ad("101", "Summer sale", "Up to 50% off", "2026-01-05", "2026-02-01", "facebook", "instagram"),
                Ad("102", "New bags", "Beach bags are back", "2026-03-01", null, "instagram"),
                Ad("103", "Carousel", "Three looks", "2026-04-01T08:00:00+0000", null, "facebook"),
            ],
            pageSize: 2);
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("adlib");

        var scanId = await user.StartScanAsync(new
        {
            brand,
            source = new { type = "adLibrary", searchTerms = "acme", countries = new[] { "US", "de" }, activeStatus = "all", from = "2026-01-01", platforms = new[] { "facebook", "instagram" } },
        });
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 4, 0)), scan.Message);
        Assert.That(scan.Message, Does.Contain("Gathering read 3 ads; skipped 1 picture: 1 tracking pixel"));
        var requests = library.Requests.ToList();
        Assert.That(requests, Has.Count.EqualTo(2));
        Assert.That(requests, Has.All.Matches<(string Query, string? Authorization)>(request =>
            request.Authorization == $"Bearer {token}" && !request.Query.Contains(token, StringComparison.Ordinal)));
        var first = Uri.UnescapeDataString(requests[0].Query);
        Assert.That(first, Does.Contain("search_terms=acme").And.Contain("""ad_reached_countries=["US","DE"]""").And.Contain("ad_active_status=ALL")
            .And.Contain("ad_delivery_date_min=2026-01-01").And.Contain("""publisher_platforms=["FACEBOOK","INSTAGRAM"]""").And.Contain("ad_type=ALL")
            .And.Contain("fields=id,page_id,page_name,ad_snapshot_url,ad_creative_bodies"));
        Assert.That(requests[1].Query, Does.Contain("after=1"));

        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives.Select(creative => creative.Url), Is.EquivalentTo(Enumerable.Range(1, 4).Select(i => site.Url($"ads/{i}.png").AbsoluteUri)));
        var sale = creatives.Single(creative => creative.Url.EndsWith("/ads/1.png", StringComparison.Ordinal));
        var metadata = sale.Metadata!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(metadata.GetProperty("adId").GetString(), Is.EqualTo("101"));
            Assert.That(metadata.GetProperty("pageName").GetString(), Is.EqualTo("Acme"));
            Assert.That(metadata.GetProperty("headline").GetString(), Is.EqualTo("Summer sale"));
            Assert.That(metadata.GetProperty("body").GetString(), Is.EqualTo("Up to 50% off"));
            Assert.That(metadata.GetProperty("startedAt").GetString(), Is.EqualTo("2026-01-05T00:00:00Z"));
            Assert.That(metadata.GetProperty("stoppedAt").GetString(), Is.EqualTo("2026-02-01T00:00:00Z"));
            Assert.That(metadata.GetProperty("platforms").EnumerateArray().Select(platform => platform.GetString()), Is.EqualTo(new[] { "facebook", "instagram" }));
            Assert.That(metadata.GetProperty("landingUrl").GetString(), Is.EqualTo("https://acme.example/sale"));
            Assert.That(metadata.GetProperty("snapshotUrl").GetString(), Is.EqualTo(site.Url("render_ad/?id=101").AbsoluteUri));
            Assert.That(sale.FirstSeenAt, Is.EqualTo(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(sale.LastSeenAt, Is.EqualTo(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        });
        var carousel = creatives.Where(creative => creative.Metadata!.Value.GetProperty("adId").GetString() == "103").ToList();
        Assert.That(carousel, Has.Count.EqualTo(2));
        Assert.That(carousel, Has.All.Matches<Modules.Contracts.CreativeView>(creative => creative.FirstSeenAt == new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero)));

        var answers = await user.Http.GetStringAsync($"/api/scans/{scanId}") + await user.Http.GetStringAsync($"/api/brands/{brand}/creatives")
            + await user.Http.GetStringAsync("/api/scans") + await user.Http.GetStringAsync($"/api/scans/{scanId}/failures");
        Assert.That(answers, Does.Not.Contain(token));
        Assert.That(logs.Entries.Select(entry => entry.Message + JsonSerializer.Serialize(entry.Scopes)), Has.None.Contains(token));
    }

    [Test]
    public async Task An_expired_token_fails_the_scan_saying_so()
    {
        library.Serve([], pageSize: 2, async (_, http) =>
        {
            await AdLibraryStandIn.ErrorAsync(http, StatusCodes.Status400BadRequest, 190, "Error validating access token: Session has expired on Friday, 27-Nov-26 10:00:00 PST.");
            return true;
        });
        var user = await ApiUser.RegisterAsync(host);

        var scan = await user.WaitForScanAsync(await user.StartScanAsync(AcmeSearch()));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.StartWith("The ad library refused the access token (HTTP 400 Bad Request, Graph error 190/463: Error validating access token: Session has expired")
            .And.EndWith("set a valid Sources:AdLibrary:AccessToken."));
        Assert.That(scan.Message, Does.Not.Contain(token));
    }

    [Test]
    public async Task A_429_is_waited_out_and_the_scan_completes()
    {
        site.Bytes("ads/1.png", TestImages.DistinctPng(51));
        library.Snapshots(new Dictionary<string, string> { ["201"] = """<img src="/ads/1.png">""" });
        library.Serve([Ad("201", "Hello", "World", "2026-01-01", null, "facebook")], pageSize: 2, async (call, http) =>
        {
            if (call > 1)
            {
                return false;
            }

            await AdLibraryStandIn.ErrorAsync(http, StatusCodes.Status429TooManyRequests, 4, "Application request limit reached");
            return true;
        });
        var user = await ApiUser.RegisterAsync(host);

        var scan = await user.WaitForScanAsync(await user.StartScanAsync(AcmeSearch()));

        Assert.That((scan.Status, scan.Total), Is.EqualTo(("completed", 1)), scan.Message);
        Assert.That(library.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_rate_limit_code_in_an_error_body_is_backed_off_and_the_scan_completes()
    {
        site.Bytes("ads/1.png", TestImages.DistinctPng(52));
        library.Snapshots(new Dictionary<string, string> { ["301"] = """<img src="/ads/1.png">""" });
        library.Serve([Ad("301", "Hello", "World", "2026-01-01", null, "facebook")], pageSize: 2, async (call, http) =>
        {
            if (call > 2)
            {
                return false;
            }

            await AdLibraryStandIn.ErrorAsync(http, StatusCodes.Status400BadRequest, call == 1 ? 17 : 613, "User request limit reached");
            return true;
        });
        var user = await ApiUser.RegisterAsync(host);

        var scan = await user.WaitForScanAsync(await user.StartScanAsync(AcmeSearch()));

        Assert.That((scan.Status, scan.Total), Is.EqualTo(("completed", 1)), scan.Message);
        Assert.That(library.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Rate_limiting_that_does_not_end_fails_the_scan_clearly()
    {
        library.Serve([], pageSize: 2, async (_, http) =>
        {
            await AdLibraryStandIn.ErrorAsync(http, StatusCodes.Status400BadRequest, 613, "Calls within one hour have exceeded the amount of allowed calls");
            return true;
        });
        var user = await ApiUser.RegisterAsync(host);

        var scan = await user.WaitForScanAsync(await user.StartScanAsync(AcmeSearch()));

        Assert.That(scan.Status, Is.EqualTo("failed"));
        Assert.That(scan.Message, Does.StartWith("The ad library kept limiting the rate of calls (HTTP 400 Bad Request, Graph error 613: Calls within one hour")
            .And.EndWith("after 3 retries: try the scan again later."));
        Assert.That(library.Requests, Has.Count.EqualTo(4));
    }

    [TearDown]
    public void ForgetRequests() => library.Requests.Clear();

    private static object AcmeSearch() => new { brand = ApiUser.UniqueBrand("adlib"), source = new { type = "adLibrary", searchTerms = "acme", countries = new[] { "US" } } };

    private Dictionary<string, object?> Ad(string id, string title, string body, string started, string? stopped, params string[] platforms) => new Dictionary<string, object?>
    {
        ["id"] = id,
        ["page_id"] = "42",
        ["page_name"] = "Acme",
        ["ad_snapshot_url"] = library.SnapshotUrl(id),
        ["ad_creative_bodies"] = new[] { body },
        ["ad_creative_link_titles"] = new[] { title },
        ["ad_creative_link_captions"] = new[] { "acme.example" },
        ["ad_delivery_start_time"] = started,
        ["ad_delivery_stop_time"] = stopped,
        ["publisher_platforms"] = platforms.Select(platform => platform.ToUpperInvariant()).ToArray(),
    };
}
