using System.Net.Http.Json;
using Adology.Tests.Integration.Api;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Alerts;

/// <summary>On the shared host, whose settings keep webhooks to https.</summary>
public sealed class WebhookValidationTests
{
    [TestCase("http://hooks.example.com/adology", "url")]
    [TestCase("ftp://hooks.example.com/adology", "url")]
    [TestCase("/relative", "url")]
    [TestCase("https://user:pass@hooks.example.com/", "url")]
    [TestCase(null, "url")]
    public async Task A_webhook_with_a_bad_url_is_a_400_naming_url(string? url, string field)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PostAsJsonAsync("/api/webhooks", new { url, kinds = new[] { "scan_completed" } });

        await ScanValidationTests.AssertValidationProblemAsync(response, field);
    }

    [TestCase("")]
    [TestCase("scan_completed,everything")]
    [TestCase(null)]
    public async Task A_webhook_with_bad_kinds_is_a_400_naming_kinds(string? commaSeparated)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var kinds = commaSeparated?.Split(',', StringSplitOptions.RemoveEmptyEntries);

        var response = await user.Http.PostAsJsonAsync("/api/webhooks", new { url = "https://hooks.example.com/adology", kinds });

        await ScanValidationTests.AssertValidationProblemAsync(response, "kinds");
        Assert.That((await user.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/webhooks")).GetProperty("total").GetInt32(), Is.Zero);
    }
}
