using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Api;

public sealed class AuthTests
{
    [TestCase("not-an-email", "long-enough-password", "email")]
    [TestCase("", "long-enough-password", "email")]
    [TestCase("someone@example.com", "short", "password")]
    [TestCase("someone@example.com", "", "password")]
    public async Task Invalid_registration_is_a_400_naming_the_field(string email, string password, string field)
    {
        var response = await SharedHost.Instance.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password });

        await ScanValidationTests.AssertValidationProblemAsync(response, field);
    }

    [TestCase("password1")]
    [TestCase("Sunshine")]
    [TestCase("qwertyuiop")]
    public async Task A_common_password_is_refused_at_register_naming_the_password(string password)
    {
        var email = $"common-{Guid.NewGuid():N}@tests.adology";

        var response = await SharedHost.Instance.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password });

        await ScanValidationTests.AssertValidationProblemAsync(response, "password");
    }

    [Test]
    public async Task Registering_a_taken_email_answers_exactly_as_a_new_one()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var client = SharedHost.Instance.CreateClient();
        var newEmail = $"user-{Guid.NewGuid():N}@tests.adology";

        var fresh = await client.PostAsJsonAsync("/api/auth/register", new { email = newEmail, password = "another-password" });
        var taken = await client.PostAsJsonAsync("/api/auth/register", new { email = user.Email, password = "another-password" });

        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(taken.StatusCode, Is.EqualTo(fresh.StatusCode));
        Assert.That(taken.Headers.Select(header => header.Key), Is.EquivalentTo(fresh.Headers.Select(header => header.Key)));
        Assert.That(
            (await taken.Content.ReadAsStringAsync()).Replace(user.Email, "EMAIL", StringComparison.Ordinal),
            Is.EqualTo((await fresh.Content.ReadAsStringAsync()).Replace(newEmail, "EMAIL", StringComparison.Ordinal)));
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = ApiUser.Password });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the account keeps its own password");
    }

    [Test]
    public async Task Login_answers_a_token_and_its_expiry()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await SharedHost.Instance.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "correct-horse-battery" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("accessToken").GetString(), Is.Not.Empty);
        Assert.That(body.GetProperty("expiresAt").GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow.AddHours(1)));
    }

    [Test]
    public async Task Login_with_a_wrong_password_is_a_401()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await SharedHost.Instance.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "wrong-password" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Login_with_an_unknown_email_answers_as_a_wrong_password_does()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var client = SharedHost.Instance.CreateClient();

        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "wrong-password" });
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@tests.adology", password = "wrong-password" });

        Assert.That(unknown.StatusCode, Is.EqualTo(wrong.StatusCode));
        Assert.That(unknown.Headers.Select(header => header.Key), Is.EquivalentTo(wrong.Headers.Select(header => header.Key)));
        Assert.That(await WithoutTraceIdAsync(unknown), Is.EqualTo(await WithoutTraceIdAsync(wrong)));
    }

    [Test]
    public async Task Login_with_an_unknown_email_takes_about_as_long_as_with_a_wrong_password()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var client = SharedHost.Instance.CreateClient();
        var nobody = $"nobody-{Guid.NewGuid():N}@tests.adology";

        // Alternating, so that whatever else loads the machine weighs on both alike; fewer than the lockout's failures.
        TimeSpan wrong = TimeSpan.Zero, unknown = TimeSpan.Zero;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            wrong += await TimeLoginAsync(client, user.Email, "wrong-password");
            unknown += await TimeLoginAsync(client, nobody, "wrong-password");
        }

        // Hashing a password (PBKDF2) is most of a wrong password's time; an unknown e-mail that skipped it answered in a tenth.
        Assert.That(unknown, Is.GreaterThan(wrong * 0.5), $"unknown e-mail {unknown.TotalMilliseconds} ms, wrong password {wrong.TotalMilliseconds} ms");
    }

    [Test]
    public async Task A_forged_token_is_refused()
    {
        var client = SharedHost.Instance.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");

        var response = await client.GetAsync("/api/scans");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static async Task<TimeSpan> TimeLoginAsync(HttpClient client, string email, string password)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        return elapsed;
    }

    private static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }
}
