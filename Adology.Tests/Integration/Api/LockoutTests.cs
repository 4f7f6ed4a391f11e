using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Api;

public sealed class LockoutTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(4);

    private TestHost host = null!;

    [OneTimeSetUp]
    public void StartHost() => host = new TestHost(new Dictionary<string, string?>
    {
        ["Auth:Lockout:MaxFailedAccessAttempts"] = "3",
        ["Auth:Lockout:DefaultLockoutTimeSpan"] = Window.ToString(),
        ["Jobs:Enabled"] = "false",
    });

    [OneTimeTearDown]
    public void StopHost() => host.Dispose();

    [Test]
    public async Task After_three_failed_logins_the_right_password_is_refused_with_a_lockout_problem()
    {
        var user = await ApiUser.RegisterAsync(host);
        await FailAsync(user.Email, 3);

        var response = await LoginAsync(user.Email, ApiUser.Password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(Window));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("The account is locked."));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("failed logins"));
    }

    [Test]
    public async Task A_locked_out_account_logs_in_again_after_the_lockout_window()
    {
        var user = await ApiUser.RegisterAsync(host);
        await FailAsync(user.Email, 3);
        var locked = await LoginAsync(user.Email, ApiUser.Password);
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));

        await Task.Delay(locked.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(500));
        var response = await LoginAsync(user.Email, ApiUser.Password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task An_unknown_email_is_locked_out_as_an_account_is()
    {
        var user = await ApiUser.RegisterAsync(host);
        var nobody = $"nobody-{Guid.NewGuid():N}@tests.adology";

        var account = await FailAsync(user.Email, 4);
        var unknown = await FailAsync(nobody, 4);

        Assert.That(account, Is.EqualTo(new[] { "401", "401", "429 The account is locked.", "429 The account is locked." }));
        Assert.That(unknown, Is.EqualTo(account));
    }

    private async Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        await host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password });

    /// <summary>Logs in with a wrong password; each answer as its status and, when locked, its title.</summary>
    private async Task<List<string>> FailAsync(string email, int times)
    {
        var answers = new List<string>();
        for (var attempt = 0; attempt < times; attempt++)
        {
            var response = await LoginAsync(email, "wrong-password");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            answers.Add(response.StatusCode == HttpStatusCode.TooManyRequests
                ? $"429 {problem.GetProperty("title").GetString()}"
                : ((int)response.StatusCode).ToString());
        }

        return answers;
    }
}
