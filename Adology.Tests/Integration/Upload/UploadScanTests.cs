using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;

namespace Adology.Tests.Integration.Upload;

public sealed class UploadScanTests
{
    private static TestHost Host => UploadHost.Instance;

    [Test]
    public async Task Pictures_are_stored_at_once_and_examined_like_downloads()
    {
        var user = await ApiUser.RegisterAsync(Host);
        var brand = ApiUser.UniqueBrand("pictures");
        using var bitmap = TestImages.Picture(120, 90);
        var png = TestImages.DistinctPng(1);

        var scan = await user.WaitForScanAsync(await user.StartUploadAsync(
            brand, ("first.png", png), ("second.png", TestImages.DistinctPng(2)), ("photo.jpg", TestImages.Jpeg(bitmap)), ("banner.webp", TestImages.Webp(bitmap, SkiaSharp.SKWebpEncoderCompression.Lossless))));

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 4, 0)), scan.Message);
        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives.Select(creative => creative.MediaType), Is.EquivalentTo(new[] { "image/png", "image/png", "image/jpeg", "image/webp" }));
        var first = creatives.Single(creative => creative.Metadata!.Value.GetProperty("fileName").GetString() == "first.png");
        Assert.Multiple(() =>
        {
            Assert.That(first.Metadata!.Value.GetProperty("fileSize").GetInt64(), Is.EqualTo(png.Length));
            Assert.That(first.Url, Is.EqualTo(BlobUrls.For(System.Security.Cryptography.SHA256.HashData(png))));
            Assert.That(first.ByteSize, Is.EqualTo(png.Length));
            Assert.That(File.Exists(Path.Combine(Host.BlobPath, first.Sha256[..2], first.Sha256)), Is.True);
        });
    }

    [Test]
    public async Task Zip_with_folders_and_a_manifest_gives_each_picture_its_copy()
    {
        var user = await ApiUser.RegisterAsync(Host);
        var brand = ApiUser.UniqueBrand("zip");
        var manifest = """
            file,headline,cta,platform,landingUrl,campaign
            summer/a.png,Summer sale: 30% off,Shop now,instagram,https://shop.example.com/summer,sun
            c.png,Winter coats,Learn more,facebook,,snow
            """;
        var zip = UploadFiles.Zip(
            ("summer/", []),
            ("summer/a.png", TestImages.DistinctPng(11)),
            ("summer/b.png", TestImages.DistinctPng(12)),
            ("winter/deep/c.png", TestImages.DistinctPng(13)),
            ("summer/.DS_Store", [0, 0, 0, 1]),
            ("__MACOSX/summer/._a.png", [0, 5, 22, 7]),
            ("manifest.csv", UploadFiles.Text(manifest)));

        var scan = await user.WaitForScanAsync(await user.StartUploadAsync(brand, ("ads.zip", zip)));

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 3, 0)), scan.Message);
        var creatives = (await user.AllCreativesAsync(brand)).ToDictionary(creative => creative.Metadata!.Value.GetProperty("fileName").GetString()!);
        Assert.That(creatives.Keys, Is.EquivalentTo(new[] { "summer/a.png", "summer/b.png", "winter/deep/c.png" }));
        var a = creatives["summer/a.png"];
        Assert.Multiple(() =>
        {
            Assert.That(a.Metadata!.Value.GetProperty("headline").GetString(), Is.EqualTo("Summer sale: 30% off"));
            Assert.That(a.Metadata!.Value.GetProperty("landingUrl").GetString(), Is.EqualTo("https://shop.example.com/summer"));
            Assert.That(a.Metadata!.Value.GetProperty("campaign").GetString(), Is.EqualTo("sun"));
            Assert.That(a.Metadata!.Value.GetProperty("archive").GetString(), Is.EqualTo("ads.zip"));
            Assert.That(a.Attributes!.CallToAction, Is.EqualTo("shop now"));
            Assert.That(a.Attributes!.DiscountPercents, Is.EqualTo(new[] { 30 }));
            Assert.That(creatives["winter/deep/c.png"].Metadata!.Value.GetProperty("headline").GetString(), Is.EqualTo("Winter coats"));
            Assert.That(creatives["summer/b.png"].Metadata!.Value.TryGetProperty("headline", out _), Is.False);
        });
    }

    [Test]
    public async Task Csv_of_urls_is_acquired_through_the_safe_client_and_keeps_every_column()
    {
        await using var site = await FeedServer.StartAsync();
        Host.Allow(site.BaseUri);
        for (var i = 0; i < 3; i++)
        {
            site.Bytes($"ads/{i}.png", TestImages.DistinctPng(20 + i));
        }

        var csv = $"""
            URL;Headline;Platform;Started at;Campaign
            {site.Url("ads/0.png")};Fresh deals;facebook;2026-01-15;spring
            {site.Url("ads/1.png")};"Buy one; get one";instagram;;spring

            {site.Url("ads/2.png")};;;;autumn
            {site.Url("gone.png")};Dead link;;;
            """;
        var user = await ApiUser.RegisterAsync(Host);
        var brand = ApiUser.UniqueBrand("csv");

        var scanId = await user.StartUploadAsync(brand, ("ads.csv", UploadFiles.Text(csv)));
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 4, 1)), scan.Message);
        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives.Select(creative => creative.Url), Is.EquivalentTo(new[] { 0, 1, 2 }.Select(i => site.Url($"ads/{i}.png").AbsoluteUri)));
        var first = creatives.Single(creative => creative.Url == site.Url("ads/0.png").AbsoluteUri).Metadata!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("headline").GetString(), Is.EqualTo("Fresh deals"));
            Assert.That(first.GetProperty("startedAt").GetString(), Is.EqualTo("2026-01-15"));
            Assert.That(first.GetProperty("Campaign").GetString(), Is.EqualTo("spring"));
            Assert.That(first.TryGetProperty("url", out _), Is.False);
        });
        var second = creatives.Single(creative => creative.Url == site.Url("ads/1.png").AbsoluteUri).Metadata!.Value;
        Assert.That(second.GetProperty("headline").GetString(), Is.EqualTo("Buy one; get one"));
        var failure = (await user.Http.GetFromJsonAsync<Page<FailedItem>>($"/api/scans/{scanId}/failures"))!.Items.Single();
        Assert.That(failure.Url, Is.EqualTo(site.Url("gone.png").AbsoluteUri));
    }

    [Test]
    public async Task Xlsx_of_urls_is_read_with_its_dates()
    {
        await using var site = await FeedServer.StartAsync();
        Host.Allow(site.BaseUri);
        site.Bytes("one.png", TestImages.DistinctPng(31));
        site.Bytes("two.png", TestImages.DistinctPng(32));
        var xlsx = UploadFiles.Xlsx(
        [
            new() { ["url"] = site.Url("one.png").AbsoluteUri, ["headline"] = "First", ["startedAt"] = new DateTime(2026, 2, 3), ["spend"] = 120.5 },
            new() { ["url"] = site.Url("two.png").AbsoluteUri, ["headline"] = "Second", ["startedAt"] = null, ["spend"] = 80 },
        ]);
        var user = await ApiUser.RegisterAsync(Host);
        var brand = ApiUser.UniqueBrand("xlsx");

        var scan = await user.WaitForScanAsync(await user.StartUploadAsync(brand, ("ads.xlsx", xlsx)));

        Assert.That((scan.Status, scan.Total, scan.Failed), Is.EqualTo(("completed", 2, 0)), scan.Message);
        var creatives = (await user.AllCreativesAsync(brand)).ToDictionary(creative => creative.Metadata!.Value.GetProperty("headline").GetString()!);
        Assert.That(creatives.Keys, Is.EquivalentTo(new[] { "First", "Second" }));
        var first = creatives["First"].Metadata!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("startedAt").GetString(), Is.EqualTo("2026-02-03"));
            Assert.That(first.GetProperty("spend").GetString(), Is.EqualTo("120.5"));
            Assert.That(creatives["Second"].Metadata!.Value.TryGetProperty("startedAt", out _), Is.False);
        });
    }

    [Test]
    public async Task Upload_source_cannot_be_started_through_the_json_endpoint()
    {
        var user = await ApiUser.RegisterAsync(Host);

        var response = await user.Http.PostAsJsonAsync("/api/scans", new { brand = "acme", source = new { type = "upload", url = "blob:" + new string('a', 64) } });

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty("source.type", out _), Is.True, problem.ToString());
        Assert.That(await user.ScanCountAsync(), Is.Zero);
    }
}
