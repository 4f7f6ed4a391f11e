using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Alerts;

public sealed class NotificationTests
{
    [Test]
    public async Task A_scheduled_scan_is_told_to_its_owners_open_dashboard_and_to_no_one_else()
    {
        var owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        var stranger = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var dashboard = await NotificationWatcher.ConnectAsync(SharedHost.Instance, owner.AccessToken);
        await using var strangers = await NotificationWatcher.ConnectAsync(SharedHost.Instance, stranger.AccessToken);
        var brand = ApiUser.UniqueBrand("alerted");
        var saved = await owner.Http.PutAsJsonAsync($"/api/brands/{brand}/schedule", new { source = new { type = "demo", count = 12 }, cron = "0 6 * * *" });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());

        SharedHost.Instance.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobOf(brand));
        var scanId = await FirstScanAsync(owner);
        var completed = await dashboard.WaitForAsync(scanId, NotificationKinds.ScanCompleted);
        var fresh = await dashboard.WaitForAsync(scanId, NotificationKinds.NewCreatives);
        await Task.Delay(500);

        var analysis = await owner.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{scanId}/analysis");
        Assert.That(completed.Brand, Is.EqualTo(brand));
        Assert.That(completed.Counts["creatives"], Is.EqualTo(analysis.GetProperty("creatives").GetInt32()));
        Assert.That(fresh.Counts["newCreatives"], Is.EqualTo(analysis.GetProperty("newCreatives").GetInt32()).And.Positive);
        Assert.That(dashboard.Notifications.Count(notification => notification.ScanId == scanId), Is.EqualTo(2), "each kind once");
        Assert.That(strangers.Notifications, Is.Empty, "another user's connection hears nothing of the scan");
    }

    [Test]
    public async Task A_scan_started_in_one_tab_is_told_to_the_owners_other_tabs()
    {
        var owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var starter = await ProgressWatcher.ConnectAsync(SharedHost.Instance, owner.AccessToken);
        await using var otherTab = await NotificationWatcher.ConnectAsync(SharedHost.Instance, owner.AccessToken);

        var accepted = await starter.Connection.InvokeAsync<ScanAccepted>("StartScan", new { brand = ApiUser.UniqueBrand("tabs"), source = new { type = "demo", count = 5 } });
        var completed = await otherTab.WaitForAsync(accepted.RequestId, NotificationKinds.ScanCompleted);

        Assert.That(completed.Counts["creatives"], Is.Positive);
        Assert.That(starter.Events, Is.Empty, "the starting tab joined no job: it hears of the scan only as a notification");
    }

    [Test]
    public async Task A_scan_that_matched_watch_terms_tells_its_owner_how_many()
    {
        var owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var dashboard = await NotificationWatcher.ConnectAsync(SharedHost.Instance, owner.AccessToken);

        // The demo's 26th ad promises guaranteed returns (one in 50 breaks the content rules).
        var scanId = await owner.StartScanAsync(new { brand = ApiUser.UniqueBrand("watched"), source = new { type = "demo", count = 30 }, watch = new[] { "guaranteed returns" } });
        var matched = await dashboard.WaitForAsync(scanId, NotificationKinds.Matches);

        var matches = await owner.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{scanId}/matches");
        Assert.That(matched.Counts["matches"], Is.EqualTo(matches.GetProperty("total").GetInt32()).And.Positive);
    }

    private static string RecurringJobOf(string brand)
    {
        using var connection = SharedHost.Instance.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Select(job => job.Id).Single(id => id.EndsWith($":{brand}", StringComparison.Ordinal));
    }

    private static async Task<Guid> FirstScanAsync(ApiUser user)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var scans = await user.Http.GetFromJsonAsync<Page<ScanView>>("/api/scans", JsonSerializerOptions.Web);
            if (scans!.Items.Count > 0)
            {
                return scans.Items[0].Id;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the scheduled scan did not start");
            await Task.Delay(100);
        }
    }
}
