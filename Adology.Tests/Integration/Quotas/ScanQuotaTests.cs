using System.Net.Http.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static Adology.Tests.Integration.Quotas.QuotaAssertions;

namespace Adology.Tests.Integration.Quotas;

/// <summary>The quotas of starting scans, on a host of small ones: 2 active scans and 10 items a day per user.</summary>
public sealed class ScanQuotaTests
{
    private const int ActiveScans = 2;
    private const int ItemsPerDay = 10;

    private readonly List<(ApiUser Owner, Guid ScanId)> hanging = [];
    private TestHost host = null!;
    private FeedServer feed = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        host = new TestHost(new Dictionary<string, string?>
        {
            ["Quotas:ActiveScansPerUser"] = $"{ActiveScans}",
            ["Quotas:ItemsPerUserPerDay"] = $"{ItemsPerDay}",
            ["Jobs:Enabled"] = "false",
        });
        feed = await FeedServer.StartAsync();
        host.Allow(feed.BaseUri);
        // A feed that never answers keeps its scans gathering: active until cancelled.
        feed.Map("hanging", http => Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted));
    }

    [TearDown]
    public async Task CancelHangingScans()
    {
        foreach (var (owner, scanId) in hanging)
        {
            await owner.Http.PostAsync(new Uri($"/api/scans/{scanId}/cancel", UriKind.Relative), null);
        }

        hanging.Clear();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await feed.DisposeAsync();
        host.Dispose();
    }

    [Test]
    public async Task A_scan_beyond_the_active_scans_quota_is_a_429_naming_the_limit_and_nothing_is_written()
    {
        var user = await UserWithActiveScansAsync(ActiveScans);

        var response = await user.Http.PostAsJsonAsync("/api/scans", new { brand = ApiUser.UniqueBrand(), source = new { type = "demo", count = 1 } });

        await AssertOverQuotaAsync(response, "ActiveScansPerUser", ActiveScans);
        Assert.That(await user.ScanCountAsync(), Is.EqualTo(ActiveScans));
    }

    [Test]
    public async Task An_upload_beyond_the_active_scans_quota_is_a_429_naming_the_limit_and_nothing_is_written()
    {
        var user = await UserWithActiveScansAsync(ActiveScans);

        var response = await user.UploadAsync(ApiUser.UniqueBrand(), ("ad.png", Adology.Tests.Support.TestImages.DistinctPng(1)));

        await AssertOverQuotaAsync(response, "ActiveScansPerUser", ActiveScans);
        Assert.That(await user.ScanCountAsync(), Is.EqualTo(ActiveScans));
    }

    [Test]
    public async Task The_hubs_StartScan_beyond_the_active_scans_quota_is_a_hub_error_naming_the_limit()
    {
        var user = await UserWithActiveScansAsync(ActiveScans);
        await using var watcher = await ProgressWatcher.ConnectAsync(host, user.AccessToken);

        var refused = Assert.ThrowsAsync<HubException>(() => watcher.Connection.InvokeAsync<ScanAccepted>(
            "StartScan", new StartScanRequest(ApiUser.UniqueBrand(), new ScanSourceRequest(SourceTypes.Demo, 1, null))));

        Assert.That(refused!.Message, Does.Contain("Quotas__ActiveScansPerUser").And.Contain($"limit is {ActiveScans}"));
        Assert.That(await user.ScanCountAsync(), Is.EqualTo(ActiveScans));
    }

    [Test]
    public async Task Another_user_starts_scans_while_one_user_is_at_the_active_scans_quota()
    {
        var full = await UserWithActiveScansAsync(ActiveScans);
        var other = await ApiUser.RegisterAsync(host);

        var refused = await full.Http.PostAsJsonAsync("/api/scans", new { brand = ApiUser.UniqueBrand(), source = new { type = "demo", count = 1 } });
        var scanId = await other.StartDemoScanAsync(ApiUser.UniqueBrand(), 1);

        await AssertOverQuotaAsync(refused, "ActiveScansPerUser", ActiveScans);
        Assert.That((await other.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
    }

    [Test]
    public async Task An_admin_is_exempt_from_the_active_scans_quota_that_stops_a_user()
    {
        var user = await UserWithActiveScansAsync(ActiveScans);
        var admin = await ApiUser.AdminAsync(host);

        var refused = await user.Http.PostAsJsonAsync("/api/scans", new { brand = ApiUser.UniqueBrand(), source = new { type = "demo", count = 1 } });
        for (var scan = 0; scan < ActiveScans + 1; scan++)
        {
            hanging.Add((admin, await admin.StartFeedScanAsync(ApiUser.UniqueBrand("admin"), feed.Url("hanging"))));
        }

        await AssertOverQuotaAsync(refused, "ActiveScansPerUser", ActiveScans);
        Assert.That(hanging.Count(scan => scan.Owner == admin), Is.EqualTo(ActiveScans + 1));
    }

    [Test]
    public async Task A_scan_listing_more_than_the_items_left_today_is_cut_to_them_and_says_so()
    {
        var user = await ApiUser.RegisterAsync(host);
        await user.WaitForScanAsync(await user.StartDemoScanAsync(ApiUser.UniqueBrand(), 6));

        var cut = await user.WaitForScanAsync(await user.StartDemoScanAsync(ApiUser.UniqueBrand(), 6));

        Assert.That((cut.Status, cut.Total), Is.EqualTo(("completed", 4)));
        Assert.That(cut.Message, Does.Contain("Cut to 4 of the 6 items listed").And.Contain("Quotas__ItemsPerUserPerDay"));
    }

    [Test]
    public async Task A_scan_of_a_user_at_the_items_per_day_quota_is_a_429_naming_the_limit()
    {
        var user = await UserAtItemsQuotaAsync();

        var response = await user.Http.PostAsJsonAsync("/api/scans", new { brand = ApiUser.UniqueBrand(), source = new { type = "demo", count = 1 } });

        await AssertOverQuotaAsync(response, "ItemsPerUserPerDay", ItemsPerDay);
        Assert.That(await user.ScanCountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_hubs_StartScan_of_a_user_at_the_items_per_day_quota_is_a_hub_error_naming_the_limit()
    {
        var user = await UserAtItemsQuotaAsync();
        await using var watcher = await ProgressWatcher.ConnectAsync(host, user.AccessToken);

        var refused = Assert.ThrowsAsync<HubException>(() => watcher.Connection.InvokeAsync<ScanAccepted>(
            "StartScan", new StartScanRequest(ApiUser.UniqueBrand(), new ScanSourceRequest(SourceTypes.Demo, 1, null))));

        Assert.That(refused!.Message, Does.Contain("Quotas__ItemsPerUserPerDay").And.Contain($"limit is {ItemsPerDay}"));
    }

    [Test]
    public async Task An_admin_is_exempt_from_the_items_per_day_quota_that_cuts_a_users_scan()
    {
        var user = await ApiUser.RegisterAsync(host);
        var admin = await ApiUser.AdminAsync(host);

        var users = await user.WaitForScanAsync(await user.StartDemoScanAsync(ApiUser.UniqueBrand(), ItemsPerDay + 2));
        var admins = await admin.WaitForScanAsync(await admin.StartDemoScanAsync(ApiUser.UniqueBrand("admin"), ItemsPerDay + 2));

        Assert.That((users.Status, users.Total), Is.EqualTo(("completed", ItemsPerDay)));
        Assert.That((admins.Status, admins.Total), Is.EqualTo(("completed", ItemsPerDay + 2)));
    }

    [Test]
    public async Task A_scheduled_run_of_a_user_at_a_quota_does_not_start_and_is_kept_as_a_failed_scan_saying_why()
    {
        var user = await UserAtItemsQuotaAsync();
        var brand = ApiUser.UniqueBrand("scheduled");
        await using var scope = host.Services.CreateAsyncScope();
        var schedules = scope.ServiceProvider.GetRequiredService<IScanSchedules>();
        await schedules.SaveAsync(UserId(user.AccessToken), brand, new ScanSourceRequest(SourceTypes.Demo, 3, null), "0 6 * * *", CancellationToken.None);

        var runId = await schedules.RunAsync(UserId(user.AccessToken), brand, CancellationToken.None);

        var run = await user.ScanAsync(runId!.Value);
        Assert.That((run.Status, run.Phase, run.Total), Is.EqualTo(("failed", "queued", (int?)null)));
        Assert.That(run.Message, Does.Contain("Quotas__ItemsPerUserPerDay"));
        Assert.That(host.Bus.Published<ScanRequested>(runId.Value), Is.Zero);
    }

    private async Task<ApiUser> UserWithActiveScansAsync(int count)
    {
        var user = await ApiUser.RegisterAsync(host);
        for (var scan = 0; scan < count; scan++)
        {
            hanging.Add((user, await user.StartFeedScanAsync(ApiUser.UniqueBrand("hanging"), feed.Url("hanging"))));
        }

        return user;
    }

    private async Task<ApiUser> UserAtItemsQuotaAsync()
    {
        var user = await ApiUser.RegisterAsync(host);
        var scan = await user.WaitForScanAsync(await user.StartDemoScanAsync(ApiUser.UniqueBrand(), ItemsPerDay));
        Assert.That((scan.Status, scan.Total), Is.EqualTo(("completed", ItemsPerDay)));
        return user;
    }
}
