using System.Net;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Tests.Integration.Progress;

public sealed class CancelTests
{
    [Test]
    public async Task Cancel_during_acquire_stops_the_downloads_commits_nothing_and_sends_CANCELLED()
    {
        await using var feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        var started = 0;
        var aborted = 0;
        var png = TestImages.DistinctPng(7);
        var items = Enumerable.Range(0, 40).Select(i =>
        {
            feed.Map($"slow/{i}.png", async http =>
            {
                Interlocked.Increment(ref started);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(20), http.RequestAborted);
                    await http.Response.Body.WriteAsync(png);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref aborted);
                }
            });
            return (object)new { url = feed.Url($"slow/{i}.png") };
        }).ToList();
        feed.Feed("feed", items, pageSize: 40);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("cancel");
        await using var watcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);
        var scanId = await user.StartFeedScanAsync(brand, feed.Url("feed"));
        await watcher.JoinAsync(scanId);
        await WaitUntilAsync(() => Volatile.Read(ref started) > 0);

        await watcher.Connection.InvokeAsync("CancelJob", scanId);

        var cancelled = await watcher.WaitForAsync(scanId, ProgressType.Cancelled);
        await WaitUntilAsync(() => Volatile.Read(ref aborted) == Volatile.Read(ref started));
        var scan = await user.ScanAsync(scanId);
        Assert.Multiple(() =>
        {
            Assert.That(scan.Status, Is.EqualTo("cancelled"));
            Assert.That(cancelled.Seq, Is.EqualTo(watcher.Events.Where(e => e.JobId == scanId).Max(e => e.Seq)), "nothing follows CANCELLED");
            Assert.That(started, Is.LessThan(40), "downloads not yet begun never start");
        });
        await Task.Delay(500);
        Assert.That((await user.CreativesAsync(brand)).Total, Is.Zero);
        Assert.That((await user.ScanAsync(scanId)).Status, Is.EqualTo("cancelled"));
    }

    [Test]
    public async Task Cancelling_twice_is_fine()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        feed.Map("feed", http => Task.Delay(TimeSpan.FromSeconds(20), http.RequestAborted));
        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand(), feed.Url("feed"));

        var first = await user.Http.PostAsync($"/api/scans/{scanId}/cancel", null);
        var second = await user.Http.PostAsync($"/api/scans/{scanId}/cancel", null);

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.Accepted, HttpStatusCode.Accepted)));
        Assert.That((await user.ScanAsync(scanId)).Status, Is.EqualTo("cancelled"));
    }

    [Test]
    public async Task Cancelling_a_finished_scan_is_a_409_and_changes_nothing()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand(), 5);
        await user.WaitForScanAsync(scanId);
        await using var watcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);

        var response = await user.Http.PostAsync($"/api/scans/{scanId}/cancel", null);
        var throughHub = Assert.ThrowsAsync<HubException>(() => watcher.Connection.InvokeAsync("CancelJob", scanId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(throughHub!.Message, Does.Contain("already finished"));
        Assert.That((await user.ScanAsync(scanId)).Status, Is.EqualTo("completed"));
    }

    [Test]
    public async Task Cancelling_another_users_scan_is_a_404()
    {
        var owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        var stranger = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await owner.StartDemoScanAsync(ApiUser.UniqueBrand(), 5);

        var response = await stranger.Http.PostAsync($"/api/scans/{scanId}/cancel", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await owner.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "timed out waiting");
            await Task.Delay(20);
        }
    }
}
