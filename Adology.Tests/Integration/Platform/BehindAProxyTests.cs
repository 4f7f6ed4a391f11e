using System.Net;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Platform;

/// <summary>
/// A host behind a TLS proxy on loopback (<c>ReverseProxy:KnownProxies</c>), with the metrics for admins only and the API
/// documentation turned off.
/// </summary>
[NonParallelizable]
public sealed class BehindAProxyTests
{
    private TestHost host = null!;

    [OneTimeSetUp]
    public void StartHost() => host = new TestHost(new Dictionary<string, string?>
    {
        ["ReverseProxy:KnownProxies:0"] = "127.0.0.1",
        ["ReverseProxy:KnownProxies:1"] = "::1",
        ["Operations:Metrics"] = "Admins",
        ["Operations:ApiDocs"] = "Off",
    });

    [OneTimeTearDown]
    public void StopHost() => host.Dispose();

    [Test]
    public async Task An_answer_over_https_at_the_proxy_carries_HSTS()
    {
        var response = await host.CreateClient().SendAsync(ThroughTheProxy("/health/live"));

        Assert.That(response.Headers.GetValues("Strict-Transport-Security").Single(), Does.StartWith("max-age=31536000"));
    }

    [Test]
    public async Task The_jobs_dashboard_cookie_is_secure_over_https_at_the_proxy()
    {
        var admin = await ApiUser.AdminAsync(host);

        var response = await host.CreateClient().SendAsync(ThroughTheProxy($"/hangfire?access_token={admin.AccessToken}"));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("adology_jobs_token=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("secure").IgnoreCase.And.Contain("httponly").IgnoreCase);
    }

    [Test]
    public async Task Metrics_restricted_to_admins_refuse_anonymous_scrapers()
    {
        var anonymous = await host.CreateClient().GetAsync("/metrics");
        var admin = await (await ApiUser.AdminAsync(host)).Http.GetAsync("/metrics");

        Assert.That((anonymous.StatusCode, admin.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.OK)));
    }

    [TestCase("/openapi/v1.json")]
    [TestCase("/scalar")]
    public async Task Api_documentation_turned_off_is_not_served(string path)
    {
        var admin = await ApiUser.AdminAsync(host);

        var response = await admin.Http.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static HttpRequestMessage ThroughTheProxy(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "adology.example");
        return request;
    }
}
