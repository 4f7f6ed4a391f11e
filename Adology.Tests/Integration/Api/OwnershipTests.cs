using System.Net;
using System.Net.Http.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Api;

public sealed class OwnershipTests
{
    private ApiUser owner = null!;
    private ApiUser stranger = null!;
    private string brand = null!;
    private Guid scanId;

    [OneTimeSetUp]
    public async Task ScanAsOwner()
    {
        owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        stranger = await ApiUser.RegisterAsync(SharedHost.Instance);
        brand = ApiUser.UniqueBrand("owned");
        scanId = await owner.StartDemoScanAsync(brand, 5);
        await owner.WaitForScanAsync(scanId);
    }

    [TestCase("")]
    [TestCase("/analysis")]
    [TestCase("/failures")]
    public async Task Another_users_scan_is_a_404(string path)
    {
        var response = await stranger.Http.GetAsync($"/api/scans/{scanId}{path}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Another_users_scans_are_not_listed()
    {
        var list = await stranger.Http.GetFromJsonAsync<Page<ScanView>>("/api/scans");

        Assert.That(list!.Total, Is.Zero);
    }

    [Test]
    public async Task Another_users_creatives_of_the_same_brand_are_not_shown()
    {
        Assert.That((await owner.CreativesAsync(brand)).Total, Is.EqualTo(5));
        Assert.That((await stranger.CreativesAsync(brand)).Total, Is.Zero);
    }

    [Test]
    public async Task The_owner_lists_their_scans_newest_first()
    {
        var second = await owner.StartDemoScanAsync(brand, 1);

        var list = await owner.Http.GetFromJsonAsync<Page<ScanView>>("/api/scans?page=1&pageSize=1");

        Assert.That(list!.Items.Single().Id, Is.EqualTo(second));
        Assert.That((list.Total, list.PageNumber, list.PageSize), Is.EqualTo((2L, 1, 1)));
        await owner.WaitForScanAsync(second);
    }

    [Test]
    public async Task An_admin_sees_any_users_scan()
    {
        var admin = await ApiUser.AdminAsync(SharedHost.Instance);

        Assert.That((await admin.ScanAsync(scanId)).Id, Is.EqualTo(scanId));
    }
}
