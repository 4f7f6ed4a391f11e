using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Api;
using Adology.Tests.Integration.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Operations;

public sealed class ScheduledScanTests
{
    [Test]
    public async Task A_monitored_brand_is_rescanned_by_its_recurring_job_as_an_ordinary_scan_of_its_owner()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("monitored");

        var saved = await user.Http.PutAsJsonAsync($"/api/brands/{brand}/schedule", new { source = new { type = "demo", count = 30 }, cron = "0 6 * * *" });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        var jobId = RecurringJobIds().Single(id => id.EndsWith($":{brand}", StringComparison.Ordinal));
        var first = await RunNowAsync(user, jobId, expectedScans: 1);
        var second = await RunNowAsync(user, jobId, expectedScans: 2);

        Assert.That((first.Status, second.Status, first.Brand), Is.EqualTo(("completed", "completed", brand)));
        var firstAnalysis = await user.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{first.Id}/analysis");
        var secondAnalysis = await user.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{second.Id}/analysis");
        Assert.That(firstAnalysis.GetProperty("newCreatives").GetInt32(), Is.EqualTo(29));
        Assert.That(secondAnalysis.GetProperty("newCreatives").GetInt32(), Is.Zero, "nothing is new since the previous scan");
    }

    [Test]
    public async Task Removing_a_schedule_removes_its_recurring_job()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("unmonitored");
        await user.Http.PutAsJsonAsync($"/api/brands/{brand}/schedule", new { source = new { type = "demo", count = 5 }, cron = "*/30 * * * *" });

        var removed = await user.Http.DeleteAsync($"/api/brands/{brand}/schedule");
        var again = await user.Http.DeleteAsync($"/api/brands/{brand}/schedule");

        Assert.That((removed.StatusCode, again.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.NotFound)));
        Assert.That(RecurringJobIds().Where(id => id.EndsWith($":{brand}", StringComparison.Ordinal)), Is.Empty);
        Assert.That((await user.Http.GetAsync($"/api/brands/{brand}/schedule")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("every day", "cron")]
    [TestCase("0 0 6 * * *", "cron")]
    [TestCase(null, "cron")]
    public async Task A_schedule_with_a_bad_cron_is_a_400_naming_cron(string? cron, string field)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PutAsJsonAsync("/api/brands/acme/schedule", new { source = new { type = "demo", count = 5 }, cron });

        await ScanValidationTests.AssertValidationProblemAsync(response, field);
    }

    [Test]
    public async Task A_schedule_with_a_bad_source_is_a_400_naming_the_source_field()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PutAsJsonAsync("/api/brands/acme/schedule", new { source = new { type = "feed", url = "ftp://x" }, cron = "0 6 * * *" });

        await ScanValidationTests.AssertValidationProblemAsync(response, "source.url");
    }

    private static List<string> RecurringJobIds()
    {
        using var connection = SharedHost.Instance.Services.GetRequiredService<JobStorage>().GetConnection();
        return [.. connection.GetRecurringJobs().Select(job => job.Id)];
    }

    private static async Task<ScanView> RunNowAsync(ApiUser user, string jobId, int expectedScans)
    {
        SharedHost.Instance.Services.GetRequiredService<IRecurringJobManager>().Trigger(jobId);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var scans = await user.Http.GetFromJsonAsync<Page<ScanView>>("/api/scans");
            if (scans!.Total == expectedScans && scans.Items[0].Status == "completed")
            {
                return scans.Items[0];
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the scheduled scan did not run");
            await Task.Delay(100);
        }
    }
}
