using Adology.Tests.EndToEnd.Support;
using Adology.Tests.Integration;
using Adology.Tests.Support;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.EndToEnd;

/// <summary>A host killed while it registers or triggers a recurring job leaves Hangfire's lock on it held for minutes.</summary>
public sealed class StaleJobLockTests
{
    [Test]
    public async Task A_host_starts_and_serves_while_the_lock_on_a_recurring_job_is_held()
    {
        var storage = SharedHost.Instance.Services.GetRequiredService<JobStorage>();
        var logs = new List<string>();
        using var deadHost = storage.GetConnection();
        using var held = deadHost.AcquireDistributedLock("lock:recurring-job:recovery-sweep", TimeSpan.FromSeconds(30));

        var settings = PublishedHost.Settings(new Uri("http://127.0.0.1:9/"), Path.Combine(Path.GetTempPath(), "adology-stale-lock"));
        settings["Logging__LogLevel__Adology.Web.Jobs"] = "Warning";
        await using var host = await HostProcess.StartAsync(PublishedHost.Dll, HostProcess.FreePort(), settings, line => { lock (logs) { logs.Add(line); } }, TestContext.Progress.WriteLine);
        using var http = new HttpClient { BaseAddress = host.BaseUri };

        Assert.That((await http.GetAsync("/health/ready")).IsSuccessStatusCode, Is.True);
        Assert.That(await EventuallyAsync(() => { lock (logs) { return logs.Any(line => line.Contains("Recurring jobs not registered yet", StringComparison.Ordinal)); } }), Is.True);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        return condition();
    }
}
