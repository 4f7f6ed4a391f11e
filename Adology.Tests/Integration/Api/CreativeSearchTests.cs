using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Api;

/// <summary>
/// Searching the catalogue against known data: a brand of five ads from a feed (two of them seen again by a second
/// scan), a second brand of the same user, and another user's look-alike ad that must never appear.
/// </summary>
public sealed class CreativeSearchTests
{
    private static readonly Ad[] Ads =
    [
        new("Free shipping on every order", "Shop the summer range", "Shop now", null, "facebook", "feed"),
        new("Shipping is free for members", "Join today", "Sign up", null, "instagram", "story"),
        new("Winter coats", "Warm and light", "Learn more", "a red coat with a free gift", "facebook", "banner"),
        new("Shipment tracking", "Know where your parcel is", "Track", null, "tiktok", "feed"),
        new("Double your money", "Guaranteed returns on a risk-free investment", "Invest", null, "google", "feed"),
    ];

    private FeedServer feed = null!;
    private ApiUser owner = null!;
    private string brand = null!;
    private string otherBrand = null!;
    private DateTimeOffset betweenScans;
    private Dictionary<string, Guid> idsByHeadline = null!;

    [OneTimeSetUp]
    public async Task ScanKnownAds()
    {
        feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        for (var i = 0; i < Ads.Length; i++)
        {
            feed.Bytes($"ad/{i}.png", TestImages.DistinctPng(300 + i));
        }

        feed.Bytes("other.png", TestImages.DistinctPng(310));
        feed.Bytes("stranger.png", TestImages.DistinctPng(311));
        feed.Feed("all", [.. Ads.Select((ad, i) => ad.Item(feed.Url($"ad/{i}.png")))], pageSize: 10);
        feed.Feed("again", [.. Ads.Take(2).Select((ad, i) => ad.Item(feed.Url($"ad/{i}.png")))], pageSize: 10);
        feed.Feed("other", [new Ad("Free shipping worldwide", "Any size", "Shop now", null, "youtube", "feed").Item(feed.Url("other.png"))], pageSize: 10);
        feed.Feed("stranger", [new Ad("Free shipping on every order", "Shop the summer range", "Shop now", null, "facebook", "feed").Item(feed.Url("stranger.png"))], pageSize: 10);

        owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        brand = ApiUser.UniqueBrand("search");
        otherBrand = ApiUser.UniqueBrand("search-other");
        await owner.WaitForScanAsync(await owner.StartFeedScanAsync(brand, feed.Url("all")));
        await Task.Delay(50);
        betweenScans = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await owner.WaitForScanAsync(await owner.StartFeedScanAsync(brand, feed.Url("again")));
        await owner.WaitForScanAsync(await owner.StartFeedScanAsync(otherBrand, feed.Url("other")));
        var stranger = await ApiUser.RegisterAsync(SharedHost.Instance);
        await stranger.WaitForScanAsync(await stranger.StartFeedScanAsync(ApiUser.UniqueBrand("search"), feed.Url("stranger")));
        idsByHeadline = (await owner.AllCreativesAsync(brand)).ToDictionary(creative => creative.Metadata!.Value.GetProperty("headline").GetString()!, creative => creative.Id);
    }

    [OneTimeTearDown]
    public async Task StopFeed() => await feed.DisposeAsync();

    [TestCase("shipping", new[] { 0, 1 })]
    [TestCase("ship*", new[] { 0, 1, 3 })]
    [TestCase("\"free shipping\"", new[] { 0 })]
    [TestCase("free -shipping", new[] { 2, 4 })]
    [TestCase("gift", new[] { 2 })]
    [TestCase("learn", new[] { 2 })]
    [TestCase("SHIPPING ORDER", new[] { 0 })]
    [TestCase("shipments", new int[0])]
    public async Task Q_finds_the_ads_whose_copy_has_the_words(string q, int[] expected) =>
        Assert.That(await HeadlinesAsync($"q={Uri.EscapeDataString(q)}"), Is.EquivalentTo(expected.Select(i => Ads[i].Headline)));

    [Test]
    public async Task Relevance_puts_the_exact_phrase_first()
    {
        var ranked = await HeadlinesAsync("q=free%20shipping&sort=relevance", ordered: true);

        Assert.That(ranked, Is.EqualTo(new[] { Ads[0].Headline, Ads[1].Headline }));
    }

    [Test]
    public async Task A_search_without_an_order_is_ranked_by_relevance() =>
        Assert.That(await HeadlinesAsync("q=free%20shipping", ordered: true), Is.EqualTo(new[] { Ads[0].Headline, Ads[1].Headline }));

    [Test]
    public async Task A_prefix_ranks_the_ads_with_the_word_in_their_headline_before_newer_ads_with_it_in_their_body()
    {
        var ranked = ApiUser.UniqueBrand("search-prefix");
        feed.Bytes("prefix/older.png", TestImages.DistinctPng(320));
        feed.Bytes("prefix/newer.png", TestImages.DistinctPng(321));
        feed.Feed("prefix-older", [new Ad("Shipping included", "Any size", "Shop now", null, "facebook", "feed").Item(feed.Url("prefix/older.png"))], pageSize: 10);
        feed.Feed("prefix-newer", [new Ad("Summer range", "It ships in a day", "Shop now", null, "facebook", "feed").Item(feed.Url("prefix/newer.png"))], pageSize: 10);
        await owner.WaitForScanAsync(await owner.StartFeedScanAsync(ranked, feed.Url("prefix-older")));
        await owner.WaitForScanAsync(await owner.StartFeedScanAsync(ranked, feed.Url("prefix-newer")));

        var page = await owner.Http.GetFromJsonAsync<Page<CreativeView>>($"/api/brands/{ranked}/creatives?q=ship*", JsonSerializerOptions.Web);

        Assert.That(page!.Items.Select(Headline), Is.EqualTo(new[] { "Shipping included", "Summer range" }));
    }

    [TestCase("platform=Facebook", new[] { 0, 2 })]
    [TestCase("format=feed", new[] { 0, 3, 4 })]
    [TestCase("minSeenCount=2", new[] { 0, 1 })]
    [TestCase("flagged=true", new[] { 4 })]
    [TestCase("flagged=false", new[] { 0, 1, 2, 3 })]
    [TestCase("cta=shop%20now", new[] { 0 })]
    [TestCase("source=feed", new[] { 0, 1, 2, 3, 4 })]
    [TestCase("source=demo", new int[0])]
    [TestCase("q=free&platform=facebook&format=feed", new[] { 0 })]
    [TestCase("q=ship*&minSeenCount=2&platform=instagram", new[] { 1 })]
    public async Task Each_filter_and_their_combination_keep_only_the_ads_that_pass(string query, int[] expected) =>
        Assert.That(await HeadlinesAsync(query), Is.EquivalentTo(expected.Select(i => Ads[i].Headline)));

    [Test]
    public async Task Seen_dates_narrow_to_the_ads_seen_in_the_window()
    {
        var between = Uri.EscapeDataString(betweenScans.ToString("O"));

        Assert.Multiple(async () =>
        {
            Assert.That(await HeadlinesAsync($"lastSeenFrom={between}"), Is.EquivalentTo(new[] { Ads[0].Headline, Ads[1].Headline }));
            Assert.That(await HeadlinesAsync($"lastSeenTo={between}"), Is.EquivalentTo(Ads.Skip(2).Select(ad => ad.Headline)));
            Assert.That(await HeadlinesAsync($"firstSeenTo={between}"), Has.Count.EqualTo(Ads.Length));
            Assert.That(await HeadlinesAsync($"firstSeenFrom={between}"), Is.Empty);
            Assert.That(await HeadlinesAsync($"firstSeenFrom={betweenScans.UtcDateTime:yyyy-MM-dd}&firstSeenTo={betweenScans.UtcDateTime:yyyy-MM-dd}"), Has.Count.EqualTo(Ads.Length));
        });
    }

    [Test]
    public async Task Seen_count_order_puts_the_ads_seen_twice_first()
    {
        var ordered = await HeadlinesAsync("sort=seenCount", ordered: true);

        Assert.That(ordered.Take(2), Is.EquivalentTo(new[] { Ads[0].Headline, Ads[1].Headline }));
    }

    [Test]
    public async Task Across_brands_finds_the_callers_ads_of_every_brand_and_never_another_users()
    {
        var page = await owner.Http.GetFromJsonAsync<Page<CreativeView>>("/api/creatives?q=%22free%20shipping%22", JsonSerializerOptions.Web);
        var narrowed = await owner.Http.GetFromJsonAsync<Page<CreativeView>>($"/api/creatives?q=%22free%20shipping%22&brand={otherBrand}", JsonSerializerOptions.Web);

        Assert.That(page!.Items.Select(creative => (creative.Brand, Headline(creative))), Is.EquivalentTo(new[]
        {
            (brand, Ads[0].Headline),
            (otherBrand, "Free shipping worldwide"),
        }));
        Assert.That(narrowed!.Items.Select(creative => creative.Brand), Is.EqualTo(new[] { otherBrand }));
    }

    [Test]
    public async Task The_text_on_a_picture_is_searched_once_the_catalogue_has_it()
    {
        var id = idsByHeadline[Ads[3].Headline];
        var creative = (await owner.AllCreativesAsync(brand)).Single(creative => creative.Id == id);
        await using (var scope = SharedHost.Instance.Services.CreateAsyncScope())
        {
            var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
            var location = (await catalogue.LocateAsync(id, CancellationToken.None))!;
            await catalogue.AddPictureTextsAsync(location.OwnerId, brand, [new PictureReading(Convert.FromHexString(creative.Sha256), "PARCEL LOCKERS 24/7", [])], CancellationToken.None);
        }

        Assert.That(await HeadlinesAsync("q=lockers"), Is.EqualTo(new[] { Ads[3].Headline }));
    }

    [Test]
    public async Task Cluster_keeps_the_members_of_the_brands_latest_analysis()
    {
        var demoBrand = ApiUser.UniqueBrand("search-clusters");
        var scanId = await owner.StartDemoScanAsync(demoBrand, 60);
        await owner.WaitForScanAsync(scanId);
        var analysis = (await owner.Http.GetFromJsonAsync<BrandAnalysis>($"/api/scans/{scanId}/analysis", JsonSerializerOptions.Web))!;
        var cluster = analysis.Clusters[0];

        var members = await owner.Http.GetFromJsonAsync<Page<CreativeView>>($"/api/brands/{demoBrand}/creatives?cluster={cluster.Cluster}&pageSize=500", JsonSerializerOptions.Web);

        Assert.That(members!.Total, Is.EqualTo(cluster.Size));
        Assert.That(members.Items.Select(creative => creative.Id), Is.SupersetOf(cluster.Examples));
    }

    [TestCase("firstSeenFrom=yesterday", "firstSeenFrom")]
    [TestCase("lastSeenTo=2026-13-40", "lastSeenTo")]
    [TestCase("lastSeenFrom=2026-11-02&lastSeenTo=2026-11-01", "lastSeenTo")]
    [TestCase("minSeenCount=0", "minSeenCount")]
    [TestCase("minSeenCount=two", "minSeenCount")]
    [TestCase("cluster=-1", "cluster")]
    [TestCase("flagged=maybe", "flagged")]
    [TestCase("source=ftp", "source")]
    [TestCase("sort=random", "sort")]
    [TestCase("sort=relevance", "sort")]
    [TestCase("q=%21%21%21", "q")]
    [TestCase("q=free&q=shipping", "q")]
    [TestCase("colour=red", "colour")]
    [TestCase("brand=other", "brand")]
    [TestCase("page=first", "page")]
    public async Task A_malformed_or_unknown_filter_is_a_400_naming_it(string query, string field)
    {
        var response = await owner.Http.GetAsync($"/api/brands/{brand}/creatives?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Does.Contain(field));
    }

    [Test]
    public async Task Cluster_across_brands_without_a_brand_is_a_400()
    {
        var response = await owner.Http.GetAsync("/api/creatives?cluster=0");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("cluster", out _), Is.True);
    }

    [Test]
    public async Task A_search_too_long_is_a_400()
    {
        var response = await owner.Http.GetAsync($"/api/creatives?q={new string('a', CreativeTextQuery.MaxLength + 1)}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<List<string>> HeadlinesAsync(string query, bool ordered = false)
    {
        var page = await owner.Http.GetFromJsonAsync<Page<CreativeView>>($"/api/brands/{brand}/creatives?{query}&pageSize=100", JsonSerializerOptions.Web);
        Assert.That(page!.Total, Is.EqualTo(page.Items.Count), "one page holds them all");
        return ordered ? [.. page.Items.Select(Headline)] : [.. page.Items.Select(Headline).Order()];
    }

    private static string Headline(CreativeView creative) => creative.Metadata!.Value.GetProperty("headline").GetString()!;

    private sealed record Ad(string Headline, string Body, string CallToAction, string? Alt, string Platform, string Format)
    {
        public object Item(Uri url) => new { url, metadata = new { headline = Headline, body = Body, callToAction = CallToAction, alt = Alt, platform = Platform, format = Format } };
    }
}
