using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using SkiaSharp;

namespace Adology.Tests.Integration.Api;

public sealed class CatalogueViewsTests
{
    private ApiUser owner = null!;
    private Guid scanId;

    [OneTimeSetUp]
    public async Task ScanAsOwner()
    {
        owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        scanId = await owner.StartDemoScanAsync(ApiUser.UniqueBrand("views"), 40);
        await owner.WaitForScanAsync(scanId);
    }

    [Test]
    public async Task The_scans_found_creatives_are_listed_in_the_order_found_on_every_page_with_thumbnail_links()
    {
        var found = await owner.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives?pageSize=500");
        var first = await owner.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives?pageSize=20");
        var second = await owner.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives?pageSize=20&page=2");

        Assert.That(found!.Total, Is.EqualTo(38));
        Assert.That(found.Items.Select(item => item.Sha256), Is.Unique);
        Assert.That(first!.Items.Concat(second!.Items).Select(item => item.Sha256), Is.EqualTo(found.Items.Select(item => item.Sha256)));
        Assert.That(found.Items, Has.All.Matches<ScanResult>(item => item.Id != null && SignedUrls.PathOf(item.ThumbnailUrl) == $"/api/creatives/{item.Id}/thumbnail" && item.Headline != null));
    }

    [Test]
    public async Task A_thumbnail_is_a_small_jpeg_by_its_signed_url_without_a_token()
    {
        var creative = (await owner.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives"))!.Items[0];
        var anonymous = SharedHost.Instance.CreateClient();

        var response = await anonymous.GetAsync(creative.ThumbnailUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
        using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.That(Math.Max(image.Width, image.Height), Is.LessThanOrEqualTo(160));
    }

    [Test]
    public async Task Another_users_thumbnail_is_a_404()
    {
        var creative = (await owner.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives"))!.Items[0];
        var stranger = await ApiUser.RegisterAsync(SharedHost.Instance);

        var unsigned = SignedUrls.PathOf(creative.ThumbnailUrl);

        Assert.That((await stranger.Http.GetAsync(unsigned)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await SharedHost.Instance.CreateClient().GetAsync(unsigned)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_dashboard_counts_the_callers_scans_brands_creatives_and_failures()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("figures");
        await user.WaitForScanAsync(await user.StartDemoScanAsync(brand, 20));
        await user.WaitForScanAsync(await user.StartDemoScanAsync(brand, 20));

        var dashboard = await user.Http.GetFromJsonAsync<JsonElement>("/api/dashboard");

        Assert.Multiple(() =>
        {
            Assert.That(dashboard.GetProperty("scans").GetInt32(), Is.EqualTo(2));
            Assert.That(dashboard.GetProperty("scansByStatus").GetProperty("completed").GetInt32(), Is.EqualTo(2));
            Assert.That(dashboard.GetProperty("scansByStatus").GetProperty("failed").GetInt32(), Is.Zero);
            Assert.That(dashboard.GetProperty("brands").GetInt32(), Is.EqualTo(1));
            Assert.That(dashboard.GetProperty("creatives").GetInt64(), Is.EqualTo(19));
            Assert.That(dashboard.GetProperty("failedItems").GetInt64(), Is.Zero);
            Assert.That(dashboard.GetProperty("lastActivityAt").GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1)));
            Assert.That(dashboard.GetProperty("visionModel").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task The_dashboard_says_which_sources_this_host_cannot_run_and_why()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var dashboard = await user.Http.GetFromJsonAsync<JsonElement>("/api/dashboard");

        // The test hosts have no ad library token; Chromium is installed by test.sh.
        var unavailable = dashboard.GetProperty("unavailableSources");
        Assert.That(unavailable.EnumerateObject().Select(source => source.Name), Is.EqualTo(new[] { SourceTypes.AdLibrary }));
        Assert.That(unavailable.GetProperty(SourceTypes.AdLibrary).GetString(), Does.Contain("Sources:AdLibrary:AccessToken"));
    }
}
