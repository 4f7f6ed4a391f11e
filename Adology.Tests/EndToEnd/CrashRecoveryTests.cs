using Adology.Modules.Contracts;
using Adology.Tests.EndToEnd.Support;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Npgsql;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// The published host as a process, SIGKILLed during each phase of one 3,000-item scan in turn, then
/// restarted: the scan must complete with the catalogue exactly right. Each kill lands while the phase's
/// transaction is open: the test holds a table the phase writes with a lock of its own, and kills only once
/// the host's transaction is seen (pg_stat_activity, pg_locks) open and waiting on that lock.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Items = 3_000;

    /// <summary>The host's connections are told apart from the test's and other hosts' by this.</summary>
    private const string ApplicationName = "adology-crash-test";

    [Test]
    public async Task A_scan_killed_in_every_phase_completes_with_no_lost_or_duplicate_item_and_one_commit()
    {
        await using var feed = await SlowImageFeed.StartAsync(Items);
        var port = HostProcess.FreePort();
        var blobs = Path.Combine(Path.GetTempPath(), "adology-crash", Guid.NewGuid().ToString("N"));
        var environment = PublishedHost.Settings(feed.BaseUri, blobs);
        environment["ConnectionStrings__Adology"] += $";Application Name={ApplicationName}";
        var host = await PublishedHost.StartAsync(port, environment);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        var user = await ApiUser.RegisterAsync(http);
        var brand = ApiUser.UniqueBrand("crash");
        Guid scanId;

        // Gather: staging the gathered items (one transaction) waits on the test's lock.
        await using (await LockAsync("scans.scan_items"))
        {
            scanId = await user.StartFeedScanAsync(brand, feed.FeedUrl);
            await KillInTransactionAsync(host, "scans.scan_items", scanId, "gathering");
        }

        host = await PublishedHost.StartAsync(port, environment);

        // Acquire: a third of the items recorded, then recording a batch (one statement) waits on the test's lock.
        await WaitForAsync(user, scanId, scan => scan.Status == "acquiring" && scan.Processed >= Items / 3);
        await using (await LockAsync("scans.scan_items"))
        {
            await KillInTransactionAsync(host, "scans.scan_items", scanId, "acquiring");
        }

        // Commit: its one transaction waits on the test's lock.
        await using (await LockAsync("catalog.sightings"))
        {
            host = await PublishedHost.StartAsync(port, environment);
            await WaitForAsync(user, scanId, scan => scan.Status == "committing");
            await KillInTransactionAsync(host, "catalog.sightings", scanId, "committing");
        }

        // Analyze: storing the result waits on the test's lock.
        await using (await LockAsync("ai.analyses"))
        {
            host = await PublishedHost.StartAsync(port, environment);
            await WaitForAsync(user, scanId, scan => scan.Status == "analyzing");
            await KillInTransactionAsync(host, "ai.analyses", scanId, "analyzing");
        }

        host = await PublishedHost.StartAsync(port, environment);
        try
        {
            var scan = await WaitForAsync(user, scanId, scan => scan.Status is "completed" or "failed");

            Assert.That((scan.Status, scan.Total, scan.Processed, scan.Failed), Is.EqualTo(("completed", Items, Items, 0)), scan.Message);
            ScanCatalogue.AssertHoldsEachItemOnce(await user.AllCreativesAsync(brand), Items, scanId, blobs);
            Assert.That((await user.Http.GetAsync($"/api/scans/{scanId}/analysis")).IsSuccessStatusCode, Is.True);
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(blobs, recursive: true);
        }
    }

    internal static async Task<ScanView> WaitForAsync(ApiUser user, Guid scanId, Func<ScanView, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var scan = await user.ScanAsync(scanId);
            if (condition(scan))
            {
                return scan;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"the scan did not get there: {scan}");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Kills the host once one of its connections is inside a transaction (begun, not ended) and waiting for a lock on
    /// <paramref name="table"/> that it has not been granted: the test's, so the phase's transaction is open at the kill.
    /// </summary>
    /// <param name="status">The scan's status at the kill, as the database holds it (the host's transaction has not ended).</param>
    private static async Task KillInTransactionAsync(HostProcess host, string table, Guid scanId, string status)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            """
            SELECT count(*) FROM pg_stat_activity AS a JOIN pg_locks AS l ON l.pid = a.pid
            WHERE a.application_name = @application AND a.xact_start IS NOT NULL AND a.wait_event_type = 'Lock'
              AND NOT l.granted AND l.relation = @table::regclass
            """,
            connection);
        waiting.Parameters.AddWithValue("application", ApplicationName);
        waiting.Parameters.AddWithValue("table", table);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((long)(await waiting.ExecuteScalarAsync())! == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"no transaction of the host waited on {table}");
            await Task.Delay(20);
        }

        await using var scan = new NpgsqlCommand("SELECT status FROM scans.scans WHERE id = @id", connection);
        scan.Parameters.AddWithValue("id", scanId);
        Assert.That(await scan.ExecuteScalarAsync(), Is.EqualTo(status), $"the phase whose transaction waits on {table}");
        await host.KillAsync();
    }

    /// <summary>Holds a table in EXCLUSIVE mode (reads pass, writes wait) until disposed, when the transaction rolls back.</summary>
    private static async Task<NpgsqlConnection> LockAsync(string table)
    {
        var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"BEGIN; LOCK TABLE {table} IN EXCLUSIVE MODE", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}
