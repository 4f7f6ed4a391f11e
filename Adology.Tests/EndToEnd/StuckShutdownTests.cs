using System.Collections.Concurrent;
using Adology.Tests.EndToEnd.Support;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Adology.Web.Hosting;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// The product has no known work that ignores cancellation (the regex that had is fixed), so a .NET startup hook
/// (Adology.StuckWork, through DOTNET_STARTUP_HOOKS) plants some in the published host: every acquire batch blocks
/// its thread for good, deaf to its token, as a backtracking regex did. Nothing in the product knows of it.
/// </summary>
public sealed class StuckShutdownTests
{
    private const int Items = 20;
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(3);

    [Test]
    public async Task SIGTERM_ends_the_host_within_its_shutdown_timeout_while_a_consumer_ignores_cancellation_and_a_restart_completes_the_scan()
    {
        await using var feed = await SlowImageFeed.StartAsync(Items);
        var port = HostProcess.FreePort();
        var blobs = Path.Combine(Path.GetTempPath(), "adology-stuck", Guid.NewGuid().ToString("N"));
        var environment = PublishedHost.Settings(feed.BaseUri, blobs);
        environment["Host__ShutdownTimeout"] = ShutdownTimeout.ToString();
        environment["Messaging__ConsumerStopTimeout"] = "00:00:01";
        var stuck = new Dictionary<string, string>(environment)
        {
            ["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, "Adology.StuckWork.dll"),
            ["STUCK_WORK_ACTIVITY"] = "AcquireCreativesConsumer",
        };
        var lines = new ConcurrentQueue<string>();
        var blocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Record(string line)
        {
            TestContext.Progress.WriteLine(line);
            lines.Enqueue(line);
            if (line.StartsWith("stuck-work:", StringComparison.Ordinal))
            {
                blocked.TrySetResult();
            }
        }

        var host = await HostProcess.StartAsync(PublishedHost.Dll, port, stuck, Record, Record);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        var user = await ApiUser.RegisterAsync(http);
        var brand = ApiUser.UniqueBrand("stuck");
        var scanId = await user.StartFeedScanAsync(brand, feed.FeedUrl);
        await blocked.Task.WaitAsync(TimeSpan.FromMinutes(1));

        var terminated = host.TerminateAsync();
        var ended = await Task.WhenAny(terminated, Task.Delay(TimeSpan.FromSeconds(40))) == terminated;
        await host.DisposeAsync();
        Assert.That(ended, Is.True, "the host still ran 40 s after SIGTERM");
        var (took, exitCode) = await terminated;
        host = await PublishedHost.StartAsync(port, environment);

        try
        {
            Assert.That(took, Is.LessThan(ShutdownTimeout + ShutdownWatchdog.Grace + TimeSpan.FromSeconds(3)));
            Assert.That(exitCode, Is.EqualTo(ShutdownWatchdog.ForcedExitCode));
            Assert.That(lines, Has.Some.Contains("did not stop within").And.Contains("acquire-creatives: "), "the log names what was still running");
            var scan = await CrashRecoveryTests.WaitForAsync(user, scanId, scan => scan.Status is "completed" or "failed");
            Assert.That((scan.Status, scan.Processed, scan.Failed), Is.EqualTo(("completed", Items, 0)), scan.Message);
            ScanCatalogue.AssertHoldsEachItemOnce(await user.AllCreativesAsync(brand), Items, scanId, blobs);
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(blobs, recursive: true);
        }
    }
}
