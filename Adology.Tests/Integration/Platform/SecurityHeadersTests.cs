using System.Net;

namespace Adology.Tests.Integration.Platform;

/// <summary>The headers of every answer, on the shared host, which has no reverse proxy configured.</summary>
public sealed class SecurityHeadersTests
{
    [TestCase("/")]
    [TestCase("/api/dashboard")]
    [TestCase("/health/live")]
    [TestCase("/hangfire")]
    public async Task Every_answer_forbids_sniffing_framing_and_referrers(string path)
    {
        var response = await SharedHost.Instance.CreateClient().GetAsync(path);

        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"));
    }

    [Test]
    public async Task The_dashboard_may_run_only_its_own_scripts_and_styles()
    {
        var response = await SharedHost.Instance.CreateClient().GetAsync("/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(policy, Does.Contain("script-src 'self';").And.Contain("style-src 'self';").And.Not.Contain("unsafe"));
    }

    [Test]
    public async Task A_forwarded_https_from_a_proxy_that_is_not_configured_is_not_believed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "adology.example");

        var response = await SharedHost.Instance.CreateClient().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.False);
    }
}
