using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Alerts;

public sealed class WebhookTests
{
    private static TestHost Host => AlertsHost.Instance;

    [Test]
    public async Task A_delivery_is_signed_so_that_the_receiver_verifies_it_with_the_documented_recipe()
    {
        var user = await ApiUser.RegisterAsync(Host);
        await using var receiver = await WebhookReceiver.StartAsync(Host);
        var webhook = await CreateAsync(user, receiver.Url, "scan_completed");
        var brand = ApiUser.UniqueBrand("signed");

        var scanId = await user.StartDemoScanAsync(brand, 6);
        var delivery = await WaitForDeliveryAsync(user, webhook.Id, "succeeded");

        var hook = receiver.Received.Single();
        Assert.That(hook.Signature, Is.EqualTo(Recipe(webhook.Secret, hook.Timestamp, hook.Body)), "HMAC-SHA256 of \"{timestamp}.{body}\" keyed with the secret");
        Assert.That(long.Parse(hook.Timestamp, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).Within(60));
        Assert.That(hook.ContentType, Does.StartWith("application/json"));
        var body = JsonDocument.Parse(hook.Body).RootElement;
        Assert.That(body.GetProperty("id").GetGuid(), Is.EqualTo(delivery.Id));
        Assert.That(body.GetProperty("kind").GetString(), Is.EqualTo("scan_completed"));
        Assert.That(body.GetProperty("data").GetProperty("scanId").GetGuid(), Is.EqualTo(scanId));
        Assert.That(body.GetProperty("data").GetProperty("brand").GetString(), Is.EqualTo(brand));
        Assert.That(body.GetProperty("data").GetProperty("counts").GetProperty("creatives").GetInt32(), Is.Positive);
        Assert.That(Recipe("not-the-secret", hook.Timestamp, hook.Body), Is.Not.EqualTo(hook.Signature));
    }

    [Test]
    public async Task A_receiver_that_fails_once_gets_exactly_one_successful_delivery_after_one_retry()
    {
        var user = await ApiUser.RegisterAsync(Host);
        await using var receiver = await WebhookReceiver.StartAsync(Host, 500);
        var webhook = await CreateAsync(user, receiver.Url, "scan_completed", "new_creatives");

        await user.StartDemoScanAsync(ApiUser.UniqueBrand("retried"), 6);
        await WaitForDeliveryAsync(user, webhook.Id, "succeeded", count: 2);
        await Task.Delay(1000);

        var deliveries = await DeliveriesAsync(user, webhook.Id);
        Assert.That(deliveries.Total, Is.EqualTo(2), "one per kind");
        var retried = deliveries.Items.Single(delivery => delivery.Attempts == 2);
        Assert.That((retried.Status, retried.LastStatusCode, retried.LastError), Is.EqualTo(("succeeded", (int?)200, (string?)null)));
        Assert.That(retried.DeliveredAt, Is.Not.Null);
        Assert.That(deliveries.Items.Single(delivery => delivery != retried).Attempts, Is.EqualTo(1));
        var received = receiver.Received;
        Assert.That(received.Select(hook => hook.Answered).Order(), Is.EqualTo(new[] { 200, 200, 500 }));
        Assert.That(received.Where(hook => hook.Answered == 200).Select(hook => JsonDocument.Parse(hook.Body).RootElement.GetProperty("kind").GetString()).Order(),
            Is.EqualTo(new[] { "new_creatives", "scan_completed" }), "exactly one successful delivery of each");
        Assert.That(received.Select(hook => hook.Body).Distinct().Count(), Is.EqualTo(2), "the retry sends the same body");
    }

    [Test]
    public async Task A_receiver_that_always_fails_is_given_up_after_the_configured_attempts()
    {
        var user = await ApiUser.RegisterAsync(Host);
        await using var receiver = await WebhookReceiver.StartAsync(Host, Enumerable.Repeat(503, 10).ToArray());
        var webhook = await CreateAsync(user, receiver.Url, "scan_completed");

        await user.StartDemoScanAsync(ApiUser.UniqueBrand("failing"), 4);
        var delivery = await WaitForDeliveryAsync(user, webhook.Id, "failed");
        await Task.Delay(1000);

        Assert.That((delivery.Attempts, delivery.LastStatusCode, delivery.LastError), Is.EqualTo((AlertsHost.Attempts, (int?)503, (string?)"HTTP 503")));
        Assert.That(receiver.Received, Has.Count.EqualTo(AlertsHost.Attempts));
    }

    [Test]
    public async Task The_secret_is_shown_once_and_a_webhook_lists_for_its_owner_only()
    {
        var owner = await ApiUser.RegisterAsync(Host);
        var stranger = await ApiUser.RegisterAsync(Host);
        var response = await owner.Http.PostAsJsonAsync("/api/webhooks", new { url = "https://hooks.example.com/adology", kinds = new[] { "matches" } });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<CreatedWebhook>(JsonSerializerOptions.Web))!;

        var listed = await owner.Http.GetStringAsync("/api/webhooks");
        var strangers = await stranger.Http.GetFromJsonAsync<Page<WebhookView>>("/api/webhooks", JsonSerializerOptions.Web);

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/webhooks/{created.Id}"));
        Assert.That(created.Secret, Has.Length.EqualTo(43));
        Assert.That(listed, Does.Contain(created.Id.ToString()).And.Not.Contain(created.Secret).And.Not.Contain("secret"));
        Assert.That(strangers!.Total, Is.Zero);
    }

    [Test]
    public async Task Another_users_webhook_is_a_404_and_stays()
    {
        var owner = await ApiUser.RegisterAsync(Host);
        var stranger = await ApiUser.RegisterAsync(Host);
        var webhook = await CreateAsync(owner, new Uri("https://hooks.example.com/a"), "scan_completed");

        var deleted = await stranger.Http.DeleteAsync($"/api/webhooks/{webhook.Id}");
        var deliveries = await stranger.Http.GetAsync($"/api/webhooks/{webhook.Id}/deliveries");

        Assert.That((deleted.StatusCode, deliveries.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
        Assert.That((await owner.Http.GetAsync($"/api/webhooks/{webhook.Id}/deliveries")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await owner.Http.DeleteAsync($"/api/webhooks/{webhook.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await owner.Http.DeleteAsync($"/api/webhooks/{webhook.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_user_may_keep_only_so_many_webhooks()
    {
        var user = await ApiUser.RegisterAsync(Host);
        for (var i = 0; i < AlertsHost.MaxWebhooks; i++)
        {
            await CreateAsync(user, new Uri($"https://hooks.example.com/{i}"), "scan_completed");
        }

        var response = await user.Http.PostAsJsonAsync("/api/webhooks", new { url = "https://hooks.example.com/more", kinds = new[] { "scan_completed" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.Content.ReadAsStringAsync());
    }

    private static string Recipe(string secret, string timestamp, string body) =>
        "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private static async Task<CreatedWebhook> CreateAsync(ApiUser user, Uri url, params string[] kinds)
    {
        var response = await user.Http.PostAsJsonAsync("/api/webhooks", new { url = url.AbsoluteUri, kinds });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedWebhook>(JsonSerializerOptions.Web))!;
    }

    private static async Task<Page<WebhookDeliveryView>> DeliveriesAsync(ApiUser user, Guid webhookId) =>
        (await user.Http.GetFromJsonAsync<Page<WebhookDeliveryView>>($"/api/webhooks/{webhookId}/deliveries", JsonSerializerOptions.Web))!;

    private static async Task<WebhookDeliveryView> WaitForDeliveryAsync(ApiUser user, Guid webhookId, string status, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var deliveries = await DeliveriesAsync(user, webhookId);
            if (deliveries.Items.Count(delivery => delivery.Status == status) >= count)
            {
                return deliveries.Items.First(delivery => delivery.Status == status);
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"no {status} delivery: {JsonSerializer.Serialize(deliveries.Items)}");
            await Task.Delay(50);
        }
    }
}
