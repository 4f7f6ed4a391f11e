using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Test]
    public async Task Registering_an_email_twice_is_a_409()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await SharedHost.Instance.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = user.Email, password = "another-password" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
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
    public async Task A_forged_token_is_refused()
    {
        var client = SharedHost.Instance.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");

        var response = await client.GetAsync("/api/scans");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
