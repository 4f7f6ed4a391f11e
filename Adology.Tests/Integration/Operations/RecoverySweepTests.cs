using Adology.Modules.Contracts;
using Adology.Tests.EndToEnd;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Adology.Web.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Adology.Tests.Integration.Operations;

/// <summary>Scans whose messages were lost (written to the database, never delivered) are resumed by the sweep.</summary>
public sealed class RecoverySweepTests
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(5);

    [Test]
    public async Task A_queued_scan_whose_request_was_lost_is_gathered_and_completed()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await InsertScanAsync(await UserIdAsync(user), "queued", total: null, age: Stale);

        await SweepAsync(TimeSpan.FromMinutes(1));

        var scan = await user.WaitForScanAsync(scanId);
        Assert.That((scan.Status, scan.Processed), Is.EqualTo(("completed", 20)));
    }

    [Test]
    public async Task An_acquiring_scan_whose_items_were_lost_acquires_exactly_the_pending_ones()
    {
        await using var feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        var paths = Enumerable.Range(0, 20).Select(i => $"lost/{i}.png").ToList();
        foreach (var (path, i) in paths.Select((path, i) => (path, i)))
        {
            feed.Bytes(path, TestImages.DistinctPng(400 + i));
        }

        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await InsertScanAsync(await UserIdAsync(user), "acquiring", total: 20, age: TimeSpan.Zero, itemPrefix: feed.Url("lost/").AbsoluteUri);
        // The host acquired the first 8 before it died; the other 12 were staged and never delivered.
        await SharedHost.Instance.PublishAsync(new AcquireCreatives(scanId, [.. Enumerable.Range(0, 8)]));

        await CrashRecoveryTests.WaitForAsync(user, scanId, scan => scan.Processed == 8);
        await ScalarAsync("UPDATE scans.scans SET updated_at = now() - interval '5 minutes' WHERE id = @value RETURNING id", scanId);

        await SweepAsync(TimeSpan.FromMinutes(1));

        var scan = await user.WaitForScanAsync(scanId);
        Assert.That((scan.Status, scan.Processed, scan.Failed), Is.EqualTo(("completed", 20, 0)));
        Assert.That(paths.Select(feed.Hits), Has.All.EqualTo(1), "requests per item: the 8 done are not fetched again, the 12 pending once");
        Assert.That((await user.CreativesAsync(scan.Brand)).Total, Is.EqualTo(20));
    }

    [Test]
    public async Task An_enriching_scan_whose_message_was_lost_is_enriched_again_and_completed()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await InsertScanAsync(await UserIdAsync(user), "enriching", total: null, age: Stale);

        await SweepAsync(TimeSpan.FromMinutes(1));

        var scan = await user.WaitForScanAsync(scanId);
        Assert.That(SharedHost.Instance.Bus.Published<EnrichScan>(scanId), Is.EqualTo(1));
        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
    }

    [Test]
    public async Task A_scan_changed_within_the_lease_is_left_alone()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await InsertScanAsync(await UserIdAsync(user), "queued", total: null, age: TimeSpan.Zero);

        await SweepAsync(TimeSpan.FromMinutes(1));
        await Task.Delay(500);

        Assert.That((await user.ScanAsync(scanId)).Status, Is.EqualTo("queued"));
    }

    [Test]
    public async Task The_recurring_sweep_does_nothing_while_another_host_runs_it()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var storage = SharedHost.Instance.Services.GetRequiredService<JobStorage>();
        Guid scanId;

        using (var otherHost = storage.GetConnection())
        using (otherHost.AcquireDistributedLock(OneHostAtATime.LockOf(BackgroundJobsSetup.RecoverySweep), TimeSpan.FromSeconds(10)))
        {
            scanId = await InsertScanAsync(await UserIdAsync(user), "queued", total: null, age: TimeSpan.FromMinutes(11));
            await RunRecurringSweepAsync();
            await Task.Delay(500);
            Assert.That((await user.ScanAsync(scanId)).Status, Is.EqualTo("queued"));
        }

        await RunRecurringSweepAsync();
        Assert.That((await user.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
    }

    private static async Task RunRecurringSweepAsync()
    {
        await using var scope = SharedHost.Instance.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecoverySweepJob>().RunAsync(CancellationToken.None);
    }

    private static async Task SweepAsync(TimeSpan lease)
    {
        await using var scope = SharedHost.Instance.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IScanRecovery>().SweepAsync(lease, CancellationToken.None);
    }

    private static async Task<Guid> UserIdAsync(ApiUser user) =>
        (Guid)(await ScalarAsync("SELECT id FROM auth.users WHERE email = @value", user.Email))!;

    /// <summary>A 20-item demo scan as a host leaves it when it dies, unchanged for <paramref name="age"/>: staged (when acquiring) but with no message in flight.</summary>
    /// <param name="itemPrefix">Item i's URL is this and <c>i.png</c>; by default the host's own demo pictures.</param>
    private static async Task<Guid> InsertScanAsync(Guid ownerId, string status, int? total, TimeSpan age, string? itemPrefix = null)
    {
        var scanId = Guid.NewGuid();
        var brand = ApiUser.UniqueBrand("lost");
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO scans.scans (id, owner_id, brand, source_type, source, status, phase, total, acquired, failed, created_at, updated_at, seq)
            VALUES (@id, @owner, @brand, 'demo', '{"type":"demo","count":20}', @status, @status, @total, 0, 0, now(), now() - @age, 0);
            INSERT INTO scans.scan_items (scan_id, ordinal, url, state)
            SELECT @id, i, @prefix || i || '.png', 0 FROM generate_series(0, coalesce(@total, 0) - 1) AS i;
            """,
            connection);
        insert.Parameters.AddWithValue("id", scanId);
        insert.Parameters.AddWithValue("owner", ownerId);
        insert.Parameters.AddWithValue("brand", brand);
        insert.Parameters.AddWithValue("status", status);
        insert.Parameters.AddWithValue("total", (object?)total ?? DBNull.Value);
        insert.Parameters.AddWithValue("age", age);
        insert.Parameters.AddWithValue("prefix", itemPrefix ?? $"{SharedHost.Instance.BaseUri.AbsoluteUri}demo/{brand}/");
        await insert.ExecuteNonQueryAsync();
        return scanId;
    }

    private static async Task<object?> ScalarAsync(string sql, object value)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("value", value);
        return await command.ExecuteScalarAsync();
    }
}
