using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Npgsql;

namespace Adology.Tests.Integration.Ai;

/// <summary>The AI phase through the API, on one 200-item demo scan: the demo plants four campaigns, an exact and a near duplicate per 20 indexes, and scam wording at every index 25 mod 50.</summary>
public sealed class AiApiTests
{
    private const int Count = 200;
    private ApiUser owner = null!;
    private string brand = null!;
    private Guid scanId;
    private List<CreativeView> creatives = null!;

    [OneTimeSetUp]
    public async Task ScanADemoBrandAsync()
    {
        owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        // One brand name in every run (the owner is new): the demo draws its ads from the name, so the planted campaigns
        // are the same ads each time and the analysis clusters them the same way.
        brand = "ai-planted-campaigns";
        scanId = await owner.StartDemoScanAsync(brand, Count);
        Assert.That((await owner.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
        creatives = await owner.AllCreativesAsync(brand);
    }

    [Test]
    public async Task The_analysis_finds_the_four_planted_campaigns_as_clusters_with_themes_and_colours()
    {
        var analysis = await owner.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{scanId}/analysis");

        var clusters = analysis.GetProperty("clusters").EnumerateArray().ToList();
        Assert.That(clusters, Has.Count.EqualTo(4));
        Assert.That(clusters.Sum(cluster => cluster.GetProperty("size").GetInt32()), Is.EqualTo(creatives.Count));
        Assert.That(clusters, Has.All.Matches<JsonElement>(cluster =>
            cluster.GetProperty("themes").GetArrayLength() > 0 && cluster.GetProperty("colours").GetArrayLength() > 0 && cluster.GetProperty("examples").GetArrayLength() > 0));
        Assert.That(analysis.GetProperty("summary").GetString(), Does.Contain("fall into 4 groups"));
        Assert.That(analysis.GetProperty("summarySource").GetString(), Is.EqualTo("template"));
        Assert.That(analysis.GetProperty("dominantColours").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task The_analysis_is_answered_with_the_names_and_values_it_is_stored_with()
    {
        var answered = await owner.Http.GetFromJsonAsync<JsonObject>($"/api/scans/{scanId}/analysis");

        var stored = await StoredAnalysisAsync();
        Assert.That(answered!["exactDuplicateGroups"]!.AsArray(), Is.Not.Empty);
        Assert.That(answered.Remove("thumbnailUrls"), Is.True, "the signed thumbnail links are added as it is answered");
        var unsigned = JsonSerializer.Deserialize<JsonElement>(answered);
        Assert.That(JsonElement.DeepEquals(unsigned, stored), Is.True, $"answered {unsigned}\nstored {stored}");
    }

    [Test]
    public async Task The_analysis_links_signed_thumbnails_of_its_examples_and_near_duplicates_that_load_without_a_token()
    {
        var analysis = (await owner.Http.GetFromJsonAsync<BrandAnalysis>($"/api/scans/{scanId}/analysis", JsonSerializerOptions.Web))!;
        using var anonymous = SharedHost.Instance.CreateClient();

        var shown = analysis.Clusters.SelectMany(cluster => cluster.Examples)
            .Concat(analysis.NearDuplicateGroups.SelectMany(group => group.CreativeIds.Take(3)))
            .ToHashSet();
        Assert.That(analysis.NearDuplicateGroups, Is.Not.Empty);
        Assert.That(analysis.ThumbnailUrls!.Keys, Is.EquivalentTo(shown));
        Assert.That(analysis.ThumbnailUrls.Select(pair => SignedUrls.PathOf(pair.Value)), Is.EqualTo(analysis.ThumbnailUrls.Keys.Select(id => $"/api/creatives/{id}/thumbnail")));
        var example = await anonymous.GetAsync(analysis.ThumbnailUrls[analysis.Clusters[0].Examples[0]]);
        Assert.That((example.StatusCode, example.Content.Headers.ContentType?.MediaType), Is.EqualTo((HttpStatusCode.OK, "image/jpeg")));
    }

    [Test]
    public async Task Similar_creatives_of_a_planted_near_duplicate_start_with_its_original()
    {
        var (original, copy) = (CreativeAt(0), CreativeAt(10));

        var similar = await owner.Http.GetFromJsonAsync<JsonElement>($"/api/creatives/{copy.Id}/similar?k=5");

        var items = similar.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items, Has.Count.EqualTo(5));
        Assert.That(items[0].GetProperty("id").GetGuid(), Is.EqualTo(original.Id));
        Assert.That(items.Select(item => item.GetProperty("score").GetDouble()), Is.Ordered.Descending);
        Assert.That(items[0].GetProperty("score").GetDouble(), Is.GreaterThan(items[1].GetProperty("score").GetDouble()));
        Assert.That(items.Select(item => item.GetProperty("id").GetGuid()), Does.Not.Contain(copy.Id));
        Assert.That(SignedUrls.PathOf(items[0].GetProperty("thumbnailUrl").GetString()!), Is.EqualTo($"/api/creatives/{original.Id}/thumbnail"));
    }

    [Test]
    public async Task Similar_creatives_come_ten_by_default()
    {
        var similar = await owner.Http.GetFromJsonAsync<JsonElement>($"/api/creatives/{CreativeAt(1).Id}/similar");

        Assert.That(similar.GetProperty("items").GetArrayLength(), Is.EqualTo(10));
    }

    [TestCase(0)]
    [TestCase(101)]
    public async Task A_k_out_of_range_is_a_400_naming_k(int k)
    {
        var response = await owner.Http.GetAsync($"/api/creatives/{CreativeAt(1).Id}/similar?k={k}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("k", out _));
    }

    [Test]
    public async Task Another_users_creative_has_no_similar_creatives_for_me()
    {
        var stranger = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await stranger.Http.GetAsync($"/api/creatives/{CreativeAt(1).Id}/similar");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void Creatives_carry_the_attributes_of_their_copy()
    {
        var shopNow = creatives.First(creative => creative.Metadata!.Value.GetProperty("callToAction").GetString() == "Shop now");
        var discounted = creatives.First(creative => creative.Metadata!.Value.GetProperty("body").GetString()!.Contains("Up to 40% off", StringComparison.Ordinal));

        Assert.That(shopNow.Attributes!.CallToAction, Is.EqualTo("shop now"));
        Assert.That(shopNow.Attributes.Language, Is.EqualTo("en"));
        Assert.That(discounted.Attributes!.DiscountPercents, Does.Contain(40));
    }

    [Test]
    public async Task Flagged_true_lists_exactly_the_planted_scam_wording()
    {
        var flagged = await PageAsync("flagged=true");

        Assert.That(flagged.Items.Select(Index), Is.EquivalentTo(new[] { 25, 75, 125, 175 }));
        Assert.That(flagged.Items, Has.All.Matches<CreativeView>(creative => creative.Attributes!.Flags.Contains("guaranteed-income")));
    }

    [Test]
    public async Task Flagged_false_lists_the_rest()
    {
        var clean = await PageAsync("flagged=false");

        Assert.That(clean.Total, Is.EqualTo(creatives.Count - 4));
        Assert.That(clean.Items, Has.None.Matches<CreativeView>(creative => creative.Attributes!.Flagged));
    }

    [Test]
    public async Task A_call_to_action_filter_matches_whatever_its_case()
    {
        var shopNow = creatives.Count(creative => creative.Attributes!.CallToAction == "shop now");

        var page = await PageAsync("cta=Shop%20Now");

        Assert.That(page.Total, Is.EqualTo(shopNow).And.GreaterThan(0));
        Assert.That(page.Items, Has.All.Matches<CreativeView>(creative => creative.Attributes!.CallToAction == "shop now"));
    }

    [Test]
    public async Task A_call_to_action_too_long_is_a_400_naming_cta()
    {
        var response = await owner.Http.GetAsync($"/api/brands/{brand}/creatives?cta={new string('x', 65)}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("cta", out _));
    }

    [Test]
    public async Task A_rescan_with_more_creatives_tells_what_is_new_since_the_previous_scan()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var rescanned = ApiUser.UniqueBrand("rescan");
        var first = await user.StartDemoScanAsync(rescanned, 40);
        await user.WaitForScanAsync(first);

        var second = await user.StartDemoScanAsync(rescanned, 60);
        await user.WaitForScanAsync(second);
        var changes = (await user.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{second}/analysis")).GetProperty("changes");

        // Indexes 40–59 are new, but 59 is the planted copy of 40.
        Assert.That(changes.GetProperty("previousScanId").GetGuid(), Is.EqualTo(first));
        Assert.That((changes.GetProperty("new").GetInt32(), changes.GetProperty("returning").GetInt32(), changes.GetProperty("gone").GetInt32()), Is.EqualTo((19, 0, 0)));
    }

    private CreativeView CreativeAt(int index) => creatives.Single(creative => Index(creative) == index);

    private static int Index(CreativeView creative) => creative.Metadata!.Value.GetProperty("index").GetInt32();

    private async Task<Page<CreativeView>> PageAsync(string query) =>
        (await owner.Http.GetFromJsonAsync<Page<CreativeView>>($"/api/brands/{brand}/creatives?pageSize=500&{query}", JsonSerializerOptions.Web))!;

    /// <summary>The analysis row as PostgreSQL holds it (jsonb: its own key order and number spelling).</summary>
    private async Task<JsonElement> StoredAnalysisAsync()
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT result::text FROM ai.analyses WHERE scan_id = @id", connection);
        command.Parameters.AddWithValue("id", scanId);
        return JsonSerializer.Deserialize<JsonElement>((string)(await command.ExecuteScalarAsync())!);
    }
}
