using Adology.Modules.Contracts;
using Adology.Tests.EndToEnd.Support;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Npgsql;

namespace Adology.Tests.EndToEnd;

public sealed class GracefulShutdownTests
{
    private const int Items = 2_000;

    [Test]
    public async Task SIGTERM_during_acquire_exits_cleanly_within_the_bound_and_the_scan_completes_exactly_after_a_restart()
    {
        await using var feed = await SlowImageFeed.StartAsync(Items);
        var port = HostProcess.FreePort();
        var blobs = Path.Combine(Path.GetTempPath(), "adology-sigterm", Guid.NewGuid().ToString("N"));
        var environment = PublishedHost.Settings(feed.BaseUri, blobs);
        // Two seconds to finish what the consumers hold: not enough for the whole scan, so some is released.
        environment["Messaging__ConsumerStopTimeout"] = "00:00:02";
        var host = await PublishedHost.StartAsync(port, environment);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        var user = await ApiUser.RegisterAsync(http);
        var brand = ApiUser.UniqueBrand("sigterm");
        var scanId = await user.StartFeedScanAsync(brand, feed.FeedUrl);
        await CrashRecoveryTests.WaitForAsync(user, scanId, scan => scan.Status == "acquiring" && scan.Processed >= Items / 4);

        var (took, exitCode) = await host.TerminateAsync();
        var processedAtStop = await ProcessedAsync(scanId);
        host = await PublishedHost.StartAsync(port, environment);

        try
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(10)), "in-flight work finishes or is released within the consumer stop timeout");
            var scan = await CrashRecoveryTests.WaitForAsync(user, scanId, scan => scan.Status is "completed" or "failed");
            Assert.That((scan.Status, scan.Processed, scan.Failed), Is.EqualTo(("completed", Items, 0)), scan.Message);
            Assert.That(processedAtStop, Is.LessThan(Items), "the restart had work left to resume");
            var creatives = await user.AllCreativesAsync(brand);
            Assert.That(creatives, Has.Count.EqualTo(Items));
            Assert.That(creatives, Has.All.Matches<CreativeView>(creative => creative.SeenCount == 1));
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(blobs, recursive: true);
        }
    }

    private static async Task<int> ProcessedAsync(Guid scanId)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT acquired + failed FROM scans.scans WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", scanId);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
