using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Enrich;

/// <summary>A host with a vision model configured (a stand-in on loopback) and the local models off: the enriching phase only labels.</summary>
public sealed class VisionLabelsTests
{
    // The demo's item 19 is an exact copy of another: 20 items, 19 distinct creatives to enrich.
    private const int Items = 20;
    private const int Creatives = 19;

    private ModelServer models = null!;
    private TestHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        models = await ModelServer.StartAsync();
        host = new TestHost(new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false",
            ["Ai:Vision:Endpoint"] = models.Endpoint.AbsoluteUri.TrimEnd('/'),
            ["Ai:Vision:Model"] = "stub-vision",
            ["Ai:Vision:RetryDelay"] = "00:00:00.010",
            ["Enrich:BatchSize"] = "2",
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        host.Dispose();
        await models.DisposeAsync();
    }

    [SetUp]
    public void AnswerWell()
    {
        models.LabelsFail = false;
        models.LabelAnswer = ModelServer.SneakerLabels;
        models.LabelDelay = TimeSpan.Zero;
    }

    [Test]
    public async Task Each_creative_is_labelled_while_the_scan_is_enriching_and_found_by_its_product_type()
    {
        models.LabelDelay = TimeSpan.FromMilliseconds(50);
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("labels");
        await using var watcher = await ProgressWatcher.ConnectAsync(host, user.AccessToken);

        var scanId = await user.StartDemoScanAsync(brand, Items);
        await watcher.JoinAsync(scanId);
        await watcher.WaitForAsync(scanId, ProgressType.Complete);

        // Until the phase has counted the scan's creatives, a PROGRESS of it still shows the items.
        var enriching = watcher.Events
            .Where(progress => progress.JobId == scanId && progress.Type == ProgressType.Progress && progress.Phase == "enrich" && progress.Total == Creatives)
            .ToList();
        var creatives = await user.AllCreativesAsync(brand);
        Assert.Multiple(() =>
        {
            Assert.That(enriching.Select(progress => progress.Processed), Is.Not.Empty.And.Ordered);
            Assert.That(creatives.Select(creative => creative.Labels?.ProductType).ToList(), Has.Count.EqualTo(Creatives).And.All.EqualTo("sneakers"));
            Assert.That(creatives[0].Labels!.Colors, Is.EqualTo(new[] { "white", "red" }));
            Assert.That(creatives.Select(creative => creative.LabelFailure), Has.All.Null);
        });
        Assert.That(models.LabelRequests.Select(request => request.GetRawText()), Has.Some.Contains("data:image/png;base64,"));
        Assert.That((await ProductTypeAsync(user, brand, "Sneakers")).Total, Is.EqualTo(Creatives));
        var found = await user.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives?pageSize=100", JsonSerializerOptions.Web);
        Assert.That(found!.Items.Select(creative => creative.Labels?.ProductType), Has.All.EqualTo("sneakers"));
        var dashboard = await user.Http.GetFromJsonAsync<JsonElement>("/api/dashboard");
        Assert.That(dashboard.GetProperty("visionModel").GetString(), Is.EqualTo("stub-vision"));
        Assert.That((await ProductTypeAsync(user, brand, "car")).Total, Is.Zero);
    }

    [Test]
    public async Task A_failing_vision_model_leaves_the_creatives_unlabelled_with_the_reason_and_the_scan_completes()
    {
        models.LabelsFail = true;
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("labels-down");

        var scan = await user.WaitForScanAsync(await user.StartDemoScanAsync(brand, 2));

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives.Select(creative => creative.Labels), Has.All.Null);
        Assert.That(creatives.Select(creative => creative.LabelFailure), Has.All.StartWith("the vision model failed"));
    }

    [Test]
    public async Task An_answer_that_is_not_valid_labels_is_not_stored_as_labels()
    {
        models.LabelAnswer = """{"productType":"","colors":[],"environment":"studio","features":[],"marketingApproach":"x","description":"y"}""";
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("labels-bad");

        var scan = await user.WaitForScanAsync(await user.StartDemoScanAsync(brand, 1));

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        var creative = (await user.AllCreativesAsync(brand)).Single();
        Assert.That((creative.Labels, creative.LabelFailure), Is.EqualTo(((CreativeLabels?)null, "the model's answer is not valid labels: productType missing or empty")));
    }

    [Test]
    public async Task A_rescan_asks_the_vision_model_nothing_about_pictures_it_labelled()
    {
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("labels-again");
        Assert.That((await user.WaitForScanAsync(await user.StartDemoScanAsync(brand, 3))).Status, Is.EqualTo("completed"));
        var asked = models.LabelRequests.Count;

        var again = await user.WaitForScanAsync(await user.StartDemoScanAsync(brand, 3));

        Assert.That(again.Status, Is.EqualTo("completed"), again.Message);
        Assert.That(models.LabelRequests, Has.Count.EqualTo(asked));
    }

    private static async Task<Page<CreativeView>> ProductTypeAsync(ApiUser user, string brand, string productType) =>
        (await user.Http.GetFromJsonAsync<Page<CreativeView>>($"/api/brands/{brand}/creatives?productType={productType}", JsonSerializerOptions.Web))!;
}
