using System.Net;
using System.Net.Http.Json;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Api;

public sealed class RateLimitTests
{
    private TestHost host = null!;

    [OneTimeSetUp]
    public void StartHost() => host = new TestHost(new Dictionary<string, string?>
    {
        ["RateLimits:LoginsPerClientPerMinute"] = "20",
        ["RateLimits:LoginsPerAccountPerMinute"] = "3",
        ["RateLimits:ScansPerUserPerMinute"] = "2",
        ["RateLimits:CostlyPerUserPerMinute"] = "2",
        ["Jobs:Enabled"] = "false",
    });

    [OneTimeTearDown]
    public void StopHost() => host.Dispose();

    [Test]
    public async Task Logins_to_one_account_beyond_its_limit_are_429_with_retry_after()
    {
        var client = host.CreateClient();
        var email = $"victim-{Guid.NewGuid():N}@tests.adology";

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "guessing-password" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            }
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
    }

    [Test]
    public async Task Logins_from_one_client_beyond_its_limit_are_429_whatever_the_account()
    {
        var fresh = new TestHost(new Dictionary<string, string?> { ["RateLimits:LoginsPerClientPerMinute"] = "3", ["Jobs:Enabled"] = "false" });
        try
        {
            var client = fresh.CreateClient();
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var response = await client.PostAsJsonAsync("/api/auth/login", new { email = $"u{attempt}-{Guid.NewGuid():N}@tests.adology", password = "guessing-password" });
                statuses.Add(response.StatusCode);
            }

            Assert.That(statuses[..3], Has.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(statuses[3], Is.EqualTo(HttpStatusCode.TooManyRequests));
        }
        finally
        {
            fresh.Dispose();
        }
    }

    [Test]
    public async Task Registrations_from_one_client_beyond_its_hourly_limit_are_429_with_retry_after()
    {
        var fresh = new TestHost(new Dictionary<string, string?> { ["RateLimits:RegistrationsPerClientPerHour"] = "2", ["Jobs:Enabled"] = "false" });
        try
        {
            var client = fresh.CreateClient();
            var responses = new List<HttpResponseMessage>();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                responses.Add(await client.PostAsJsonAsync("/api/auth/register", new { email = $"r{attempt}-{Guid.NewGuid():N}@tests.adology", password = ApiUser.Password }));
            }

            Assert.That(responses.Select(response => response.StatusCode), Is.EqualTo(new[] { HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests }));
            Assert.That(responses[2].Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.FromMinutes(1)));
        }
        finally
        {
            fresh.Dispose();
        }
    }

    [Test]
    public async Task Scans_beyond_a_users_limit_are_429_with_retry_after_and_not_written()
    {
        var user = await ApiUser.RegisterAsync(host);
        await user.StartDemoScanAsync(ApiUser.UniqueBrand(), 1);
        await user.StartDemoScanAsync(ApiUser.UniqueBrand(), 1);

        var third = await user.Http.PostAsJsonAsync("/api/scans", new { brand = "third", source = new { type = "demo", count = 1 } });

        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(third.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        var list = await user.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/scans");
        Assert.That(list.GetProperty("total").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Similar_creatives_beyond_a_users_limit_are_429_with_retry_after_and_other_users_still_served()
    {
        var greedy = await ApiUser.RegisterAsync(host);
        var other = await ApiUser.RegisterAsync(host);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var response = await greedy.Http.GetAsync($"/api/creatives/{Guid.NewGuid()}/similar");
            statuses.Add(response.StatusCode);
            refused = response;
        }

        var others = await other.Http.GetAsync($"/api/creatives/{Guid.NewGuid()}/similar");

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests }));
            Assert.That(refused!.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(others.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Reports_beyond_a_users_limit_are_429()
    {
        var user = await ApiUser.RegisterAsync(host);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await user.Http.GetAsync($"/api/scans/{Guid.NewGuid()}/report")).StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests }));
    }
}
