using Adology.Modules.Contracts;
using Adology.Tests.EndToEnd.Support;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Npgsql;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// The published host as a process, SIGKILLed during each phase of one 3,000-item scan in turn, then
/// restarted: the scan must complete with the catalogue exactly right. The commit and the analysis last
/// milliseconds, so the test holds each one mid-transaction with a table lock of its own before the kill.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Items = 3_000;

    [Test]
    public async Task A_scan_killed_in_every_phase_completes_with_no_lost_or_duplicate_item_and_one_commit()
    {
        await using var feed = await SlowImageFeed.StartAsync(Items);
        feed.SecondPageHangs = true;
        var port = HostProcess.FreePort();
        var blobs = Path.Combine(Path.GetTempPath(), "adology-crash", Guid.NewGuid().ToString("N"));
        var environment = PublishedHost.Settings(feed.BaseUri, blobs);
        var host = await PublishedHost.StartAsync(port, environment);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        var user = await ApiUser.RegisterAsync(http);
        var brand = ApiUser.UniqueBrand("crash");
        var scanId = await user.StartFeedScanAsync(brand, feed.FeedUrl);

        // Gather: the second page hangs.
        await WaitForAsync(user, scanId, scan => scan.Status == "gathering" && feed.PagesRequested >= 2);
        await host.KillAsync();
        feed.SecondPageHangs = false;
        host = await PublishedHost.StartAsync(port, environment);

        // Acquire: a third of the items recorded.
        await WaitForAsync(user, scanId, scan => scan.Status == "acquiring" && scan.Processed >= Items / 3);
        await host.KillAsync();
        await using (await LockAsync("catalog.sightings"))
        {
            host = await PublishedHost.StartAsync(port, environment);

            // Commit: its one transaction waits on the test's lock.
            await WaitForAsync(user, scanId, scan => scan.Status == "committing");
            await Task.Delay(500);
            await host.KillAsync();
        }

        await using (await LockAsync("ai.analyses"))
        {
            host = await PublishedHost.StartAsync(port, environment);

            // Analyze: storing the result waits on the test's lock.
            await WaitForAsync(user, scanId, scan => scan.Status == "analyzing");
            await Task.Delay(500);
            await host.KillAsync();
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
