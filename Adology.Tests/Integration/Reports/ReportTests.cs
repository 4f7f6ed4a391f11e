using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Reports;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Adology.Tests.Integration.Reports;

public sealed class ReportTests
{
    // A 40-item demo plants exact copies at indexes 19 and 39 (of 0 and 20) and near-duplicates at 10 and 30 (of 0 and 20).
    private const int Count = 40;
    private const int Creatives = 38;
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ApiUser owner = null!;
    private string brand = null!;
    private Guid scanId;

    [OneTimeSetUp]
    public async Task ScanAsOwner()
    {
        owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        brand = ApiUser.UniqueBrand("report");
        scanId = await owner.StartDemoScanAsync(brand, Count);
        Assert.That((await owner.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
    }

    [Test]
    public async Task The_report_is_an_xlsx_attachment_named_after_the_brand_and_the_scan_date()
    {
        var response = await owner.Http.GetAsync($"/api/scans/{scanId}/report");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(Xlsx));
        var scan = await owner.ScanAsync(scanId);
        Assert.That(
            response.Content.Headers.GetValues("Content-Disposition").Single(),
            Is.EqualTo($"attachment; filename=\"adology-{brand}-{scan.CreatedAt.UtcDateTime:yyyyMMdd}.xlsx\""));
    }

    [Test]
    public async Task The_report_of_a_40_item_demo_lists_its_38_creatives_and_the_planted_duplicates()
    {
        var report = await ReportAsync(owner.Http, $"/api/scans/{scanId}/report");

        Assert.That(report.SheetNames, Is.EqualTo(new[] { "creatives", "duplicates", "clusters", "matches", "summary" }));
        var creatives = report.Records("creatives");
        var catalogue = await owner.AllCreativesAsync(brand);
        Assert.That(creatives, Has.Count.EqualTo(Creatives));
        Assert.That(creatives.Select(row => row["sha256"]), Is.EquivalentTo(catalogue.Select(creative => creative.Sha256)));
        Assert.That(creatives.Select(row => row["id"]), Is.EquivalentTo(catalogue.Select(creative => creative.Id.ToString())));
        Assert.That(creatives, Has.All.Matches<IReadOnlyDictionary<string, string?>>(row =>
            row["new in scan"] == "1" && row["seen count"] == "1" && row["media type"] == "image/png" && row["platform"] != null && row["headline"] != null));

        var duplicates = report.Records("duplicates");
        var exact = duplicates.Where(row => row["kind"] == "exact").ToList();
        Assert.That(exact.Select(row => (row["group"], UrlIndex(row["url"]))), Is.EquivalentTo(new[] { ("1", 0), ("1", 19), ("2", 20), ("2", 39) }));
        Assert.That(exact.Select(row => row["sha256"]).Distinct().ToList(), Is.SubsetOf(catalogue.Select(creative => creative.Sha256)).And.Count.EqualTo(2));
        var near = duplicates.Where(row => row["kind"] == "near").ToList();
        Assert.That(near, Has.Count.EqualTo(4));
        Assert.That(near.Select(row => row["creative id"]), Is.SubsetOf(catalogue.Select(creative => creative.Id.ToString())));

        Assert.That(report["clusters"][0], Is.EqualTo(new[] { "cluster", "creative id", "themes" }));
        Assert.That(report.Records("clusters").Select(row => row["creative id"]), Is.EquivalentTo(catalogue.Select(creative => creative.Id.ToString())));
        var summary = Values(report["summary"]);
        Assert.Multiple(() =>
        {
            Assert.That(summary["brand"], Is.EqualTo(brand));
            Assert.That(summary["scan id"], Is.EqualTo(scanId.ToString()));
            Assert.That(summary["status"], Is.EqualTo("completed"));
            Assert.That((summary["items"], summary["acquired"], summary["failed"]), Is.EqualTo(("40", "40", "0")));
            Assert.That((summary["creatives"], summary["new creatives"]), Is.EqualTo(("38", "38")));
            Assert.That((summary["exact-duplicate groups"], summary["near-duplicate groups"]), Is.EqualTo(("2", "2")));
            Assert.That(summary["image/png"], Is.EqualTo("38"));
            Assert.That(summary["clusters"], Is.EqualTo(report.Records("clusters").Select(row => row["cluster"]).Distinct().Count().ToString()));
            Assert.That(summary["summary"], Does.Contain("this scan found 40 of 40"));
        });
    }

    [Test]
    public async Task A_report_shows_the_catalogue_as_of_its_scan_and_a_later_scan_shows_what_it_added()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var rescanned = ApiUser.UniqueBrand("asof");
        var first = await user.StartDemoScanAsync(rescanned, 20);
        await user.WaitForScanAsync(first);
        var second = await user.StartDemoScanAsync(rescanned, 40);
        await user.WaitForScanAsync(second);

        var before = (await ReportAsync(user.Http, $"/api/scans/{first}/report")).Records("creatives");
        var after = (await ReportAsync(user.Http, $"/api/scans/{second}/report")).Records("creatives");

        Assert.That(before, Has.Count.EqualTo(19));
        Assert.That(before, Has.All.Matches<IReadOnlyDictionary<string, string?>>(row => row["seen count"] == "1" && row["new in scan"] == "1"));
        Assert.That(after, Has.Count.EqualTo(Creatives));
        Assert.That(after.Count(row => row["seen count"] == "2" && row["new in scan"] == "0"), Is.EqualTo(19));
        Assert.That(after.Count(row => row["seen count"] == "1" && row["new in scan"] == "1"), Is.EqualTo(19));
    }

    [Test]
    public async Task Another_users_report_and_report_link_are_404()
    {
        var stranger = await ApiUser.RegisterAsync(SharedHost.Instance);

        var report = await stranger.Http.GetAsync($"/api/scans/{scanId}/report");
        var link = await stranger.Http.PostAsync($"/api/scans/{scanId}/report-link", null);

        Assert.That((report.StatusCode, link.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
        Assert.That(report.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task An_admin_gets_any_users_report()
    {
        var admin = await ApiUser.AdminAsync(SharedHost.Instance);

        Assert.That((await ReportAsync(admin.Http, $"/api/scans/{scanId}/report")).Records("creatives"), Has.Count.EqualTo(Creatives));
    }

    [Test]
    public async Task A_signed_link_gives_the_report_without_a_token_for_an_hour()
    {
        var link = await LinkAsync();

        Assert.That(link.ExpiresAt, Is.EqualTo(DateTimeOffset.UtcNow.AddHours(1)).Within(TimeSpan.FromMinutes(1)));
        using var anonymous = SharedHost.Instance.CreateClient();
        Assert.That((await ReportAsync(anonymous, link.Url)).Records("creatives"), Has.Count.EqualTo(Creatives));
    }

    [Test]
    public async Task A_link_with_a_tampered_signature_or_expiry_or_for_another_scan_is_403()
    {
        var link = await LinkAsync();
        var other = await owner.StartDemoScanAsync(ApiUser.UniqueBrand("other"), 1);
        var expires = long.Parse(Query(link.Url, "expires"));
        var sig = Query(link.Url, "sig");
        var tampered = (sig[^1] == 'A' ? "B" : "A") + sig[..^1];
        using var anonymous = SharedHost.Instance.CreateClient();

        foreach (var url in new[]
        {
            $"/api/reports/{scanId}?expires={expires}&sig={tampered}",
            $"/api/reports/{scanId}?expires={expires + 60}&sig={sig}",
            $"/api/reports/{other}?expires={expires}&sig={sig}",
            $"/api/reports/{scanId}?expires={expires}",
            $"/api/reports/{scanId}?expires=never&sig={sig}",
        })
        {
            var response = await anonymous.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), url);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), url);
        }

        await owner.WaitForScanAsync(other);
    }

    [Test]
    public async Task An_expired_link_is_403()
    {
        // Signed with the host's key (derived from its token key) as of two hours ago: a genuine link, now expired.
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var signer = new ReportLinkSigner(new ReportOptions(), Encoding.UTF8.GetBytes(TestHost.SigningKey), past);
        using var anonymous = SharedHost.Instance.CreateClient();

        var response = await anonymous.GetAsync(signer.Create(scanId).Url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("expired"));
    }

    private async Task<ReportLink> LinkAsync()
    {
        var response = await owner.Http.PostAsync($"/api/scans/{scanId}/report-link", null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await response.Content.ReadFromJsonAsync<ReportLink>(JsonSerializerOptions.Web))!;
    }

    private static async Task<Workbook> ReportAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return Workbook.Read(xlsx);
    }

    private static Dictionary<string, string?> Values(IReadOnlyList<IReadOnlyList<string?>> rows) =>
        rows.Where(row => row.Count == 2 && row[0] is not null).GroupBy(row => row[0]!).ToDictionary(group => group.Key, group => group.First()[1]);

    private static int UrlIndex(string? url) => int.Parse(Path.GetFileNameWithoutExtension(new Uri(url!).AbsolutePath));

    private static string Query(string url, string name) =>
        System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://host"), url).Query)[name]!;
}
