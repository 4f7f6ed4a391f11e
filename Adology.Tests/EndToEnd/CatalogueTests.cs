using System.Text.RegularExpressions;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// The catalogue browser and the brand timeline in Debian's Chromium against the real host, over a user's known ads
/// (two of them seen by a second scan), and axe-core on each view; also saves docs/catalogue.png and docs/timeline.png.
/// </summary>
[Category("EndToEnd")]
[NonParallelizable]
public sealed class CatalogueTests
{
    private const string Brand = "Acme Trail";
    private const string Rival = "Rival Outfitters";

    private static readonly Ad[] Ads =
    [
        new("Free shipping on trail shoes", "Light shoes for long runs", "Shop now", "facebook", "feed"),
        new("Waterproof jackets", "Stay dry on every hike", "Shop now", "instagram", "story"),
        new("Trail shoes for winter", "Grip on ice and snow", "Learn more", "facebook", "banner"),
        new("Camping stoves", "Cook anywhere, fast", "Buy now", "tiktok", "feed"),
    ];

    private static readonly Ad RivalAd = new("Trail running socks", "Two pairs for one", "Shop now", "youtube", "feed");

    private TestHost host = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private FeedServer feed = null!;
    private ApiUser user = null!;
    private List<IBrowserContext> contexts = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Browser.RequireBuiltDashboard();
        host = new TestHost(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        playwright = await Playwright.CreateAsync();
        browser = await Browser.LaunchAsync(playwright);
        feed = await FeedServer.StartAsync();
        host.Allow(feed.BaseUri);
        for (var i = 0; i < Ads.Length; i++)
        {
            feed.Bytes($"ad/{i}.png", TestImages.DistinctPng(500 + i));
        }

        feed.Bytes("rival.png", TestImages.DistinctPng(510));
        feed.Feed("all", [.. Ads.Select((ad, i) => ad.Item(feed.Url($"ad/{i}.png")))], pageSize: 10);
        feed.Feed("again", [.. Ads.Take(2).Select((ad, i) => ad.Item(feed.Url($"ad/{i}.png")))], pageSize: 10);
        feed.Feed("rival", [RivalAd.Item(feed.Url("rival.png"))], pageSize: 10);

        user = await ApiUser.RegisterAsync(host);
        await user.WaitForScanAsync(await user.StartFeedScanAsync(Brand, feed.Url("all")));
        // Apart by seconds, so the ads seen again ran visibly longer on the timeline than those seen once.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await user.WaitForScanAsync(await user.StartFeedScanAsync(Brand, feed.Url("again")));
        await user.WaitForScanAsync(await user.StartFeedScanAsync(Rival, feed.Url("rival")));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (feed is not null)
        {
            await feed.DisposeAsync();
        }

        host?.Dispose();
    }

    [TearDown]
    public async Task CloseContextsAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        contexts = [];
    }

    [Test]
    public async Task A_search_finds_creatives_by_a_word_of_their_copy_a_filter_narrows_them_and_the_URL_keeps_both()
    {
        var catalogue = await OpenAsync();
        var pageErrors = Browser.CollectPageErrors(catalogue.Page);
        await catalogue.ByTestId("nav-catalogue").ClickAsync();
        await Assertions.Expect(catalogue.Rows).ToHaveCountAsync(Ads.Length + 1);

        await catalogue.SearchAsync("trail");
        Assert.That(await Sorted(catalogue.Headlines, expectedCount: 3), Is.EqualTo(Sorted(Ads[0], Ads[2], RivalAd)));
        await catalogue.Field("platform").FillAsync("facebook");
        await catalogue.ByTestId("catalogue-submit").ClickAsync();
        await Assertions.Expect(catalogue.Page).ToHaveURLAsync(new Regex("#/catalogue\\?q=trail&platform=facebook$"));
        Assert.That(await Sorted(catalogue.Headlines, expectedCount: 2), Is.EqualTo(Sorted(Ads[0], Ads[2])));

        await catalogue.Page.ReloadAsync();
        await Assertions.Expect(catalogue.Field("q")).ToHaveValueAsync("trail");
        await Assertions.Expect(catalogue.Field("platform")).ToHaveValueAsync("facebook");
        Assert.That(await Sorted(catalogue.Headlines, expectedCount: 2), Is.EqualTo(Sorted(Ads[0], Ads[2])));

        await catalogue.Page.GoBackAsync();
        await Assertions.Expect(catalogue.Field("platform")).ToHaveValueAsync("");
        Assert.That(await Sorted(catalogue.Headlines, expectedCount: 3), Is.EqualTo(Sorted(Ads[0], Ads[2], RivalAd)));
        await Assertions.Expect(catalogue.ByTestId("catalogue-count")).ToHaveTextAsync("3 creatives");
        await catalogue.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=catalogue] img.thumb')].every(image => image.complete && image.naturalWidth > 0)");
        await Accessibility.ExpectNoSeriousViolationsAsync(catalogue.Page, "catalogue");
        Assert.That(pageErrors, Is.Empty);

        await catalogue.Page.ScreenshotAsync(new() { Path = Path.Combine(Browser.RepositoryRoot(), "docs", "catalogue.png"), FullPage = true });
    }

    [Test]
    public async Task A_malformed_filter_in_the_URL_is_shown_next_to_its_field()
    {
        var catalogue = await OpenAsync();

        await catalogue.GoToAsync(host.BaseUri, "#/catalogue?q=trail&minSeenCount=zero&sort=oldest");

        await Assertions.Expect(catalogue.Error("minSeenCount")).ToHaveTextAsync("minSeenCount is a whole number from 1.");
        await Assertions.Expect(catalogue.Field("minSeenCount")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(catalogue.Field("minSeenCount")).ToHaveValueAsync("zero");
        await Assertions.Expect(catalogue.Error("sort")).ToContainTextAsync("sort is one of");
        await Assertions.Expect(catalogue.Error("q")).ToBeHiddenAsync();
        await Assertions.Expect(catalogue.ByTestId("catalogue-status")).ToContainTextAsync("correct the marked filters");
        await Assertions.Expect(catalogue.Rows).ToHaveCountAsync(0);
        await Accessibility.ExpectNoSeriousViolationsAsync(catalogue.Page, "catalogue with errors");

        await catalogue.Field("minSeenCount").FillAsync("2");
        await catalogue.Field("sort").SelectOptionAsync("seenCount");
        await Assertions.Expect(catalogue.Error("minSeenCount")).ToBeHiddenAsync();
        Assert.That(await Sorted(catalogue.Headlines, expectedCount: 1), Is.EqualTo(Sorted(Ads[0])));
    }

    [Test]
    public async Task The_pager_walks_the_pages_of_the_catalogue_through_the_URL()
    {
        var catalogue = await OpenAsync();

        await catalogue.GoToAsync(host.BaseUri, "#/catalogue?sort=firstSeen&pageSize=2");
        await Assertions.Expect(catalogue.ByTestId("catalogue-page")).ToHaveTextAsync("Page 1 of 3");
        var first = await Sorted(catalogue.Headlines, expectedCount: 2);
        await Assertions.Expect(catalogue.ByTestId("catalogue-previous")).ToBeDisabledAsync();
        await catalogue.ByTestId("catalogue-next").ClickAsync();
        await Assertions.Expect(catalogue.Page).ToHaveURLAsync(new Regex("#/catalogue\\?sort=firstSeen&pageSize=2&page=2$"));
        await Assertions.Expect(catalogue.ByTestId("catalogue-page")).ToHaveTextAsync("Page 2 of 3");
        var second = await Sorted(catalogue.Headlines, expectedCount: 2);
        await catalogue.ByTestId("catalogue-next").ClickAsync();
        await Assertions.Expect(catalogue.ByTestId("catalogue-page")).ToHaveTextAsync("Page 3 of 3");
        var third = await Sorted(catalogue.Headlines, expectedCount: 1);
        await Assertions.Expect(catalogue.ByTestId("catalogue-next")).ToBeDisabledAsync();

        Assert.That(first.Concat(second).Concat(third), Is.EquivalentTo(Sorted([.. Ads, RivalAd])));
    }

    [Test]
    public async Task The_timeline_draws_one_mark_per_creative_from_its_first_to_its_last_sighting()
    {
        var catalogue = await OpenAsync();
        var creatives = await user.AllCreativesAsync(Brand.ToLowerInvariant());
        await catalogue.ByTestId("nav-timeline").ClickAsync();
        await catalogue.ByTestId("timeline-brand").FillAsync(Brand);
        await catalogue.ByTestId("timeline-submit").ClickAsync();

        await Assertions.Expect(catalogue.Marks).ToHaveCountAsync(Ads.Length);
        var marks = await catalogue.Marks.EvaluateAllAsync<Mark[]>(
            "marks => marks.map(mark => ({ id: mark.dataset.creativeId, firstSeen: mark.dataset.firstSeen, lastSeen: mark.dataset.lastSeen, width: mark.getBBox().width }))");
        Assert.That(
            marks.Select(mark => (Guid.Parse(mark.Id), DateTimeOffset.Parse(mark.FirstSeen), DateTimeOffset.Parse(mark.LastSeen))),
            Is.EquivalentTo(creatives.Select(creative => (creative.Id, creative.FirstSeenAt, creative.LastSeenAt))));
        var seenAgain = creatives.Where(creative => creative.SeenCount == 2).Select(creative => creative.Id.ToString()).ToHashSet();
        Assert.That(seenAgain, Has.Count.EqualTo(2));
        var longest = marks.Where(mark => !seenAgain.Contains(mark.Id)).Max(mark => mark.Width);
        Assert.That(marks.Where(mark => seenAgain.Contains(mark.Id)).Select(mark => mark.Width), Has.All.GreaterThan(longest * 3), "the ads seen again do not run longer");
        await Assertions.Expect(catalogue.ByTestId("timeline-row")).ToHaveCountAsync(Ads.Length);
        await Assertions.Expect(catalogue.Page).ToHaveURLAsync(new Regex("#/timeline\\?brand=Acme\\+Trail$"));
        await Accessibility.ExpectNoSeriousViolationsAsync(catalogue.Page, "timeline");

        await catalogue.Page.ScreenshotAsync(new() { Path = Path.Combine(Browser.RepositoryRoot(), "docs", "timeline.png"), FullPage = true });
    }

    [Test]
    public async Task On_a_phone_neither_the_catalogue_nor_the_timeline_overflows_sideways()
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true });
        contexts.Add(context);
        var dashboard = new DashboardPage(await context.NewPageAsync());
        var catalogue = new CataloguePage(dashboard);
        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);

        await catalogue.GoToAsync(host.BaseUri, "#/catalogue?minSeenCount=zero");
        await Assertions.Expect(catalogue.Error("minSeenCount")).ToBeVisibleAsync();
        Assert.That(await dashboard.ScrollWidthAsync(), Is.LessThanOrEqualTo(375), "the catalogue with an error is wider than the phone");
        await catalogue.GoToAsync(host.BaseUri, "#/catalogue");
        await Assertions.Expect(catalogue.Rows).ToHaveCountAsync(Ads.Length + 1);
        Assert.That(await dashboard.ScrollWidthAsync(), Is.LessThanOrEqualTo(375), "the catalogue is wider than the phone");
        await catalogue.GoToAsync(host.BaseUri, "#/timeline?brand=acme+trail");
        await Assertions.Expect(catalogue.Marks).ToHaveCountAsync(Ads.Length);
        Assert.That(await dashboard.ScrollWidthAsync(), Is.LessThanOrEqualTo(375), "the timeline is wider than the phone");
    }

    [Test]
    public async Task The_scans_view_with_a_scan_its_results_and_its_analysis_has_no_serious_accessibility_violation()
    {
        var catalogue = await OpenAsync();

        await Assertions.Expect(catalogue.ByTestId("result-row")).ToHaveCountAsync(1);
        await Assertions.Expect(catalogue.ByTestId("analysis-summary")).ToBeVisibleAsync();
        await Accessibility.ExpectNoSeriousViolationsAsync(catalogue.Page, "scans");
    }

    private async Task<CataloguePage> OpenAsync()
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        contexts.Add(context);
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        return new CataloguePage(dashboard);
    }

    private static async Task<string[]> Sorted(ILocator headlines, int? expectedCount = null)
    {
        if (expectedCount is { } count)
        {
            await Assertions.Expect(headlines).ToHaveCountAsync(count);
        }

        return [.. (await headlines.AllInnerTextsAsync()).Order(StringComparer.Ordinal)];
    }

    private static string[] Sorted(params Ad[] ads) => [.. ads.Select(ad => ad.Headline).Order(StringComparer.Ordinal)];


    private sealed class Mark
    {
        public string Id { get; set; } = "";

        public string FirstSeen { get; set; } = "";

        public string LastSeen { get; set; } = "";

        public double Width { get; set; }
    }

    private sealed record Ad(string Headline, string Body, string CallToAction, string Platform, string Format)
    {
        public object Item(Uri url) => new { url, metadata = new { headline = Headline, body = Body, callToAction = CallToAction, platform = Platform, format = Format } };
    }
}
