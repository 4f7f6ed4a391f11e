using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;

namespace Adology.Tests.Integration.Api;

/// <summary>
/// A broad search of a large catalogue counts and ranks up to a limit, as a search engine does: here the limits are
/// three counted and two ranked, over six ads that all say "sale", two of them seen again by a later scan. A second
/// brand has the same six, then newer ads that do not say "sale". A text query's density is measured on the three
/// newest ads: "sale" is dense in the first brand (walked newest first) and sparse in the second (read by the text index).
/// </summary>
[NonParallelizable]
public sealed class SearchLimitsTests
{
    private const int CountLimit = 3;
    private const int RankWindow = 2;
    private const int DensitySample = 3;

    private TestHost host = null!;
    private FeedServer feed = null!;
    private ApiUser owner = null!;
    private string brand = null!;
    private string brandWithNewerOtherAds = null!;

    [OneTimeSetUp]
    public async Task ScanSixAds()
    {
        host = new TestHost(new Dictionary<string, string?>
        {
            ["Search:CountLimit"] = CountLimit.ToString(),
            ["Search:RankWindow"] = RankWindow.ToString(),
            ["Search:DensitySample"] = DensitySample.ToString(),
            // Hangfire keeps its storage in a static: only the shared host runs it.
            ["Jobs:Enabled"] = "false",
        });
        feed = await FeedServer.StartAsync();
        host.Allow(feed.BaseUri);
        for (var i = 0; i < 9; i++)
        {
            feed.Bytes($"ad/{i}.png", TestImages.DistinctPng(330 + i));
        }

        feed.Feed("all", [.. Enumerable.Range(0, 6).Select(Item)], pageSize: 10);
        feed.Feed("again", [Item(4), Item(5)], pageSize: 10);
        feed.Feed("other", [.. Enumerable.Range(6, 3).Select(OtherItem)], pageSize: 10);
        owner = await ApiUser.RegisterAsync(host);
        brand = ApiUser.UniqueBrand("search-limits");
        brandWithNewerOtherAds = ApiUser.UniqueBrand("search-limits-other");
        foreach (var scanned in new[] { brand, brandWithNewerOtherAds })
        {
            await owner.WaitForScanAsync(await owner.StartFeedScanAsync(scanned, feed.Url("all")));
            await owner.WaitForScanAsync(await owner.StartFeedScanAsync(scanned, feed.Url("again")));
        }

        await owner.WaitForScanAsync(await owner.StartFeedScanAsync(brandWithNewerOtherAds, feed.Url("other")));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await feed.DisposeAsync();
        host.Dispose();
    }

    [Test]
    public async Task More_matches_than_the_count_limit_give_the_limit_as_a_lower_bound()
    {
        var page = await SearchAsync("q=sale");

        Assert.Multiple(() =>
        {
            Assert.That(page.Total, Is.EqualTo(CountLimit));
            Assert.That(page.TotalIsLowerBound, Is.True);
        });
    }

    [Test]
    public async Task As_many_matches_as_the_count_limit_are_counted_exactly_without_a_lower_bound()
    {
        using var answer = await owner.Http.GetAsync($"/api/brands/{brand}/creatives?q=sale%20even");
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("total").GetInt32(), Is.EqualTo(CountLimit));
            Assert.That(json.RootElement.TryGetProperty("totalIsLowerBound", out _), Is.False);
        });
    }

    [Test]
    public async Task Relevance_beyond_the_window_ranks_the_most_recently_seen_matches_and_ends_there()
    {
        var page = await SearchAsync("q=sale&sort=relevance");

        Assert.That(page.Items.Select(Headline), Is.EquivalentTo(new[] { Headline(4), Headline(5) }));
    }

    [Test]
    public async Task Relevance_ranks_the_most_recently_seen_matches_when_newer_creatives_do_not_match()
    {
        var page = await SearchAsync(brandWithNewerOtherAds, "q=sale&sort=relevance");

        Assert.That(page.Items.Select(Headline), Is.EquivalentTo(new[] { Headline(4), Headline(5) }));
    }

    [Test]
    public async Task A_brand_whose_newest_ads_do_not_match_lists_its_most_recently_seen_matches_first()
    {
        var page = await SearchAsync(brandWithNewerOtherAds, "q=sale&sort=lastSeen&pageSize=2");

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(Headline), Is.EquivalentTo(new[] { Headline(4), Headline(5) }));
            Assert.That(page.TotalIsLowerBound, Is.True);
        });
    }

    [Test]
    public async Task A_list_by_last_seen_pages_on_past_the_count_limit_to_every_match_once()
    {
        var pages = new List<CreativeView>();
        for (var number = 1; number <= 3; number++)
        {
            pages.AddRange((await SearchAsync($"q=sale&sort=lastSeen&pageSize=2&page={number}")).Items);
        }

        Assert.That(pages.Select(Headline), Is.Unique.And.EquivalentTo(Enumerable.Range(0, 6).Select(Headline)));
    }

    [Test]
    public async Task A_list_by_last_seen_pages_on_past_the_rank_window()
    {
        var second = await SearchAsync("q=sale&sort=lastSeen&pageSize=2&page=2");

        Assert.That(second.Items, Has.Count.EqualTo(2));
    }

    private Task<Page<CreativeView>> SearchAsync(string query) => SearchAsync(brand, query);

    private async Task<Page<CreativeView>> SearchAsync(string searched, string query) =>
        (await owner.Http.GetFromJsonAsync<Page<CreativeView>>($"/api/brands/{searched}/creatives?{query}", JsonSerializerOptions.Web))!;

    private static string Headline(int i) => i % 2 == 0 ? $"Summer sale {i} even" : $"Summer sale {i}";

    private static string Headline(CreativeView creative) => creative.Metadata!.Value.GetProperty("headline").GetString()!;

    private object Item(int i) => new { url = feed.Url($"ad/{i}.png"), metadata = new { headline = Headline(i), platform = "facebook" } };

    private object OtherItem(int i) => new { url = feed.Url($"ad/{i}.png"), metadata = new { headline = $"Winter coat {i}", platform = "facebook" } };
}
