using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Progress;

/// <summary>What keeps a job's events right when several hosts report on it: the database and the bus, not one process's memory.</summary>
public sealed class ProgressAcrossHostsTests
{
    [Test]
    public async Task A_PROGRESS_reported_after_the_final_event_goes_nowhere_even_from_a_host_that_kept_nothing_of_the_scan()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var watcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("after"), 5);
        await watcher.JoinAsync(scanId);
        var complete = await watcher.WaitForAsync(scanId, ProgressType.Complete);

        await SharedHost.Instance.Services.GetRequiredService<IScanProgress>().ReportAsync(scanId, ProgressType.Progress, null, CancellationToken.None);
        await Task.Delay(300);

        Assert.That(watcher.Events.Where(progress => progress.JobId == scanId).Max(progress => progress.Seq), Is.EqualTo(complete.Seq));
        Assert.That(await TestDatabase.ScalarAsync("SELECT seq FROM scans.scans WHERE id = @id", ("id", scanId)), Is.EqualTo(complete.Seq));
    }

    [Test]
    public async Task The_end_of_a_cancelled_scan_heard_on_the_bus_stops_this_hosts_work_of_it()
    {
        var scanId = Guid.NewGuid();
        var work = SharedHost.Instance.Services.GetRequiredService<IScanCancellation>().TokenFor(scanId);

        await SharedHost.Instance.Services.GetRequiredService<IBus>().Publish(new ScanEnded(scanId, "cancelled"));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!work.IsCancellationRequested && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.That(work.IsCancellationRequested, Is.True);
    }
}
