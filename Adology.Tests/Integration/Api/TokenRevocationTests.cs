using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Tests.Integration.Support;
using Adology.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Api;

/// <summary>A token ends before its expiry when its user logs out, changes their password or has their roles changed.</summary>
public sealed class TokenRevocationTests
{
    [Test]
    public async Task After_logout_the_old_token_is_a_401_and_logging_in_again_works()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var oldToken = user.AccessToken;
        var before = await WithToken(oldToken).GetAsync("/api/scans");

        var logout = await user.Http.PostAsync("/api/auth/logout", null);

        var after = await WithToken(oldToken).GetAsync("/api/scans");
        var again = await LoginAsync(user.Email, ApiUser.Password);
        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
        Assert.That((await WithToken(again!).GetAsync("/api/scans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task After_a_password_change_the_old_token_is_a_401_and_only_the_new_password_logs_in()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var oldToken = user.AccessToken;

        var changed = await user.Http.PostAsJsonAsync("/api/auth/password", new { currentPassword = ApiUser.Password, newPassword = "a-new-password-1" });

        var after = await WithToken(oldToken).GetAsync("/api/scans");
        var withOld = await LoginAsync(user.Email, ApiUser.Password);
        var withNew = await LoginAsync(user.Email, "a-new-password-1");
        Assert.Multiple(() =>
        {
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(withOld, Is.Null);
            Assert.That(withNew, Is.Not.Null);
        });
        Assert.That((await WithToken(withNew!).GetAsync("/api/scans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("wrong-password", "a-new-password-1", "currentPassword")]
    [TestCase(ApiUser.Password, "short", "newPassword")]
    [TestCase(ApiUser.Password, "", "newPassword")]
    public async Task A_wrong_current_password_or_an_invalid_new_one_is_a_400_and_the_token_lives_on(string currentPassword, string newPassword, string field)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PostAsJsonAsync("/api/auth/password", new { currentPassword, newPassword });

        await ScanValidationTests.AssertValidationProblemAsync(response, field);
        Assert.That((await user.Http.GetAsync("/api/scans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task After_a_role_change_the_old_token_is_a_401()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var oldToken = user.AccessToken;

        using (var scope = SharedHost.Instance.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AdologyUser>>();
            var added = await users.AddToRoleAsync((await users.FindByEmailAsync(user.Email))!, Roles.Admin);
            Assert.That(added.Succeeded, Is.True);
        }

        var after = await WithToken(oldToken).GetAsync("/api/scans");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Logout_without_a_token_is_a_401()
    {
        var response = await SharedHost.Instance.CreateClient().PostAsync("/api/auth/logout", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static HttpClient WithToken(string token)
    {
        var client = SharedHost.Instance.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string?> LoginAsync(string email, string password)
    {
        var login = await SharedHost.Instance.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password });
        return login.IsSuccessStatusCode ? (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString() : null;
    }
}
