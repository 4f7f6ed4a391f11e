using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Web.Auth;
using Microsoft.Extensions.Time.Testing;

namespace Adology.Tests.Integration.Api;

/// <summary>Thumbnails load by short-lived signed URLs; the bearer token is read from the query only by the hub (and the jobs dashboard's first visit).</summary>
public sealed class ThumbnailLinkTests
{
    private ApiUser owner = null!;
    private string brand = null!;
    private Guid scanId;

    [OneTimeSetUp]
    public async Task ScanAsOwner()
    {
        owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        brand = ApiUser.UniqueBrand("links");
        scanId = await owner.StartDemoScanAsync(brand, 6);
        await owner.WaitForScanAsync(scanId);
    }

    [Test]
    public async Task The_catalogues_creatives_carry_a_signed_thumbnail_url_that_loads_without_a_token()
    {
        var creative = (await owner.CreativesAsync(brand)).Items[0];
        using var anonymous = SharedHost.Instance.CreateClient();

        var response = await anonymous.GetAsync(creative.ThumbnailUrl);

        Assert.That(SignedUrls.PathOf(creative.ThumbnailUrl), Is.EqualTo($"/api/creatives/{creative.Id}/thumbnail"));
        Assert.That((response.StatusCode, response.Content.Headers.ContentType?.MediaType), Is.EqualTo((HttpStatusCode.OK, "image/jpeg")));
    }

    [Test]
    public async Task A_thumbnail_loads_with_the_bearer_token_in_the_header_for_its_owner()
    {
        var creative = (await owner.CreativesAsync(brand)).Items[0];

        var response = await owner.Http.GetAsync(SignedUrls.PathOf(creative.ThumbnailUrl));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_tampered_misplaced_or_incomplete_signature_is_403()
    {
        var creatives = (await owner.CreativesAsync(brand)).Items;
        var (link, other) = (creatives[0].ThumbnailUrl, creatives[1].ThumbnailUrl);
        var (path, expires, sig) = (SignedUrls.PathOf(link), SignedUrls.ParameterOf(link, "exp"), SignedUrls.ParameterOf(link, "sig"));
        var tampered = (sig[0] == 'A' ? "B" : "A") + sig[1..];
        using var anonymous = SharedHost.Instance.CreateClient();

        foreach (var url in new[]
        {
            $"{path}?exp={expires}&sig={tampered}",
            $"{path}?exp={long.Parse(expires, System.Globalization.CultureInfo.InvariantCulture) + 3600}&sig={sig}",
            $"{path}?exp={SignedUrls.ParameterOf(other, "exp")}&sig={SignedUrls.ParameterOf(other, "sig")}",
            $"{path}?exp={expires}",
            $"{path}?sig={sig}",
            $"/api/scans/{scanId}/items/0/thumbnail?exp={expires}&sig={sig}",
        })
        {
            var response = await anonymous.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), url);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), url);
        }
    }

    [Test]
    public async Task An_expired_link_is_403()
    {
        // Signed with the host's key (derived from its token key) as of an hour ago, for ten minutes: a genuine link, now expired.
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var signer = new ThumbnailLinkSigner(Encoding.UTF8.GetBytes(TestHost.SigningKey), TimeSpan.FromMinutes(10), past);
        var creative = (await owner.CreativesAsync(brand)).Items[0];
        var current = new ThumbnailLinkSigner(Encoding.UTF8.GetBytes(TestHost.SigningKey), TimeSpan.FromMinutes(10), TimeProvider.System);
        using var anonymous = SharedHost.Instance.CreateClient();

        var expired = await anonymous.GetAsync(signer.OfCreative(creative.Id));
        var fresh = await anonymous.GetAsync(current.OfCreative(creative.Id));

        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await expired.Content.ReadAsStringAsync(), Does.Contain("expired"));
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same signer, now, signs as the host does");
    }

    [Test]
    public async Task A_scans_found_item_links_a_signed_thumbnail_that_loads_without_a_token_and_not_with_another_items_signature()
    {
        var found = (await owner.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives"))!.Items[0];
        var signer = new ThumbnailLinkSigner(Encoding.UTF8.GetBytes(TestHost.SigningKey), TimeSpan.FromMinutes(10), TimeProvider.System);
        var staged = signer.OfScanItem(scanId, found.Ordinal);
        var otherItem = signer.OfScanItem(scanId, found.Ordinal + 1);
        using var anonymous = SharedHost.Instance.CreateClient();

        var response = await anonymous.GetAsync(staged);
        var misplaced = await anonymous.GetAsync($"{SignedUrls.PathOf(staged)}?exp={SignedUrls.ParameterOf(otherItem, "exp")}&sig={SignedUrls.ParameterOf(otherItem, "sig")}");

        Assert.That((response.StatusCode, response.Content.Headers.ContentType?.MediaType), Is.EqualTo((HttpStatusCode.OK, "image/jpeg")));
        Assert.That(misplaced.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_token_in_the_query_is_refused_outside_the_hub()
    {
        var creative = (await owner.CreativesAsync(brand)).Items[0];
        using var anonymous = SharedHost.Instance.CreateClient();

        var scans = await anonymous.GetAsync($"/api/scans?access_token={owner.AccessToken}");
        var thumbnail = await anonymous.GetAsync($"{SignedUrls.PathOf(creative.ThumbnailUrl)}?access_token={owner.AccessToken}");
        var item = await anonymous.GetAsync($"/api/scans/{scanId}/items/0/thumbnail?access_token={owner.AccessToken}");

        Assert.That(scans.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(thumbnail.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(item.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(scans.Headers.WwwAuthenticate, Has.Some.Matches<AuthenticationHeaderValue>(header => header.Scheme == "Bearer"));
    }
}
