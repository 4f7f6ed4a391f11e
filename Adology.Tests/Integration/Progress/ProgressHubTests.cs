using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Tests.Integration.Progress;

public sealed class ProgressHubTests
{
    [Test]
    public void A_connection_without_a_token_is_refused()
    {
        var refused = Assert.ThrowsAsync<HttpRequestException>(() => ProgressWatcher.ConnectAsync(SharedHost.Instance, accessToken: null));

        Assert.That(refused!.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Unauthorized));
    }

    [Test]
    public void A_connection_with_a_forged_token_is_refused()
    {
        var refused = Assert.ThrowsAsync<HttpRequestException>(() => ProgressWatcher.ConnectAsync(SharedHost.Instance, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"));

        Assert.That(refused!.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Unauthorized), "the negotiate request is answered 401");
    }

    [Test]
    public async Task Another_users_JoinJob_is_an_error_and_receives_no_events_of_that_job()
    {
        var owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        var stranger = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var ownerWatcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, owner.AccessToken);
        await using var strangerWatcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, stranger.AccessToken);
        var scanId = await owner.StartDemoScanAsync(ApiUser.UniqueBrand("private"), 200);

        var refused = Assert.ThrowsAsync<HubException>(() => strangerWatcher.JoinAsync(scanId));
        await ownerWatcher.JoinAsync(scanId);
        await ownerWatcher.WaitForAsync(scanId, ProgressType.Complete);

        Assert.That(refused!.Message, Does.Contain("does not exist or is not yours"));
        Assert.That(strangerWatcher.Events, Is.Empty);
    }

    [Test]
    public async Task A_2000_item_scan_sends_contiguous_events_ending_in_COMPLETE_with_the_APIs_totals()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("live");
        await using var watcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);

        var accepted = await watcher.Connection.InvokeAsync<ScanAccepted>(
            "StartScan", new StartScanRequest(brand, new ScanSourceRequest(SourceTypes.Demo, 2_000, null)));
        var state = await watcher.JoinAsync(accepted.RequestId);
        var complete = await watcher.WaitForAsync(accepted.RequestId, ProgressType.Complete);

        var scan = await user.ScanAsync(accepted.RequestId);
        var events = watcher.Events.Where(progress => progress.JobId == accepted.RequestId && progress.Seq > state.Seq).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(progress => progress.Seq), Is.EqualTo(Enumerable.Range((int)state.Seq + 1, events.Count).Select(seq => (long)seq)));
            Assert.That(events[^1].Type, Is.EqualTo(ProgressType.Complete));
            Assert.That((complete.Total, complete.Processed, complete.Failed, complete.Value), Is.EqualTo((scan.Total, scan.Processed, scan.Failed, 100)));
            Assert.That(complete.Phase, Is.EqualTo("done"));
            Assert.That(events.Where(progress => progress.Type == ProgressType.Progress).Select(progress => progress.Processed), Is.Ordered);
            Assert.That(events.Where(progress => progress.Type == ProgressType.Progress).Max(progress => progress.Processed), Is.EqualTo(2_000));
        });
        var found = events.Where(progress => progress.Type == ProgressType.ItemFound)
            .SelectMany(progress => ((JsonElement)progress.Data!).GetProperty("items").EnumerateArray())
            .Select(item => item.GetProperty("sha256").GetString())
            .ToList();
        Assert.That(found, Is.Unique);
        Assert.That(found, Is.EquivalentTo((await user.AllCreativesAsync(brand)).Select(creative => creative.Sha256)).And.Count.EqualTo(1_900));
        Assert.That(((JsonElement)complete.Data!).GetProperty("newCreatives").GetInt32(), Is.EqualTo(1_900));
    }

    [Test]
    public async Task Progress_events_are_throttled_to_about_four_a_second()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var watcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("throttle"), 3_000);
        await watcher.JoinAsync(scanId);

        await watcher.WaitForAsync(scanId, ProgressType.Complete);

        var progress = watcher.Events.Where(e => e.JobId == scanId && e.Type == ProgressType.Progress).ToList();
        var span = progress[^1].At - progress[0].At;
        // Throttled events are 250 ms apart; three more mark the phases (staged, last item counted, committed).
        Assert.That(progress, Has.Count.LessThanOrEqualTo((int)(span / TimeSpan.FromMilliseconds(250)) + 4));
    }

    [Test]
    public async Task A_late_join_gets_the_current_state()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("late"), 100);
        var scan = await user.WaitForScanAsync(scanId);
        await using var early = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);
        await using var late = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);

        var state = await late.JoinAsync(scanId);

        Assert.Multiple(() =>
        {
            Assert.That((state.JobId, state.Status, state.Phase, state.Value), Is.EqualTo((scanId, "completed", "done", 100)));
            Assert.That((state.Total, state.Processed, state.Failed, state.Message), Is.EqualTo((scan.Total, scan.Processed, scan.Failed, scan.Message)));
            Assert.That(state.Seq, Is.GreaterThanOrEqualTo(4), "STARTED, PROGRESS…, ITEM_FOUND, COMPLETE were numbered");
            Assert.That(late.Events, Is.Empty);
        });
    }

    [Test]
    public async Task StartScan_through_the_hub_validates_like_the_api()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var watcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);

        var invalid = Assert.ThrowsAsync<HubException>(() => watcher.Connection.InvokeAsync<ScanAccepted>(
            "StartScan", new StartScanRequest("", new ScanSourceRequest(SourceTypes.Demo, 0, null))));

        Assert.That(invalid!.Message, Does.Contain("Invalid scan request:").And.Contain("brand:").And.Contain("source.count:"));
        Assert.That((await user.Http.GetFromJsonAsync<Page<ScanView>>("/api/scans"))!.Total, Is.Zero);
    }
}
