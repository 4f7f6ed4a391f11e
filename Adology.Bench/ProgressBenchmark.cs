using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Bench;

/// <summary>
/// 1,000 watchers — 10 feed scans (the pipeline benchmark's local feed of ~20 KB PNGs), each watched by 100
/// connections of its owner — while the scans run; the latency of every event from its server time <c>at</c>
/// to its receipt. Last line:
/// progress: watchers=1000 events=E p50_ms=A p99_ms=B.
/// </summary>
internal static class ProgressBenchmark
{
    private const int Scans = 10;
    private const int WatchersPerScan = 100;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        await using var feed = await BenchFeed.StartAsync(BenchImages.Generate(arguments.Items));
        await using var host = await BenchEnvironment.StartHostAsync(arguments.HostDll, new Dictionary<string, string>
        {
            ["Acquire__AllowedEndpoints__0"] = $"{feed.BaseUri.Host}:{feed.BaseUri.Port}",
        });
        var warmUp = await BenchClient.RegisterAsync(host.BaseUri);
        var warmUpScan = await warmUp.WaitAsync(await warmUp.StartFeedScanAsync("progress-warm-up", feed.FeedUrl("warm-up", 0, arguments.Items)), printTimeline: false);
        BenchFailedException.ThrowIf(BenchChecks.ScanProblem("warm-up", warmUpScan, arguments.Items));

        var owners = await Task.WhenAll(Enumerable.Range(0, Scans).Select(_ => BenchClient.RegisterAsync(host.BaseUri)));
        await using var watchers = new ProgressWatchers();
        var connections = new List<IReadOnlyList<HubConnection>>();
        foreach (var owner in owners)
        {
            connections.Add(await watchers.ConnectAsync(host.BaseUri, owner.AccessToken, WatchersPerScan));
        }

        Console.WriteLine($"connected {Scans * WatchersPerScan} watchers; {Scans} feed scans of {arguments.Items} items each");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = CpuTimes.Read(host.ProcessId);
        var scanIds = await Task.WhenAll(owners.Select((owner, index) =>
            StartWatchedAsync(owner, connections[index], index, feed.FeedUrl($"scan-{index}", 0, arguments.Items))));
        var scans = await Task.WhenAll(owners.Select((owner, index) => owner.WaitAsync(scanIds[index], printTimeline: false)));
        foreach (var (scan, index) in scans.Select((scan, index) => (scan, index)))
        {
            BenchFailedException.ThrowIf(BenchChecks.ScanProblem($"watched #{index}", scan, arguments.Items));
        }

        await WaitForCompletesAsync(watchers, scanIds);
        BenchFailedException.ThrowIf(BenchChecks.MissingCompletes(scanIds, watchers.CompletesOf, WatchersPerScan));
        Console.WriteLine($"scans done in {clock.Elapsed.TotalSeconds:F1} s; {CpuTimes.Read(host.ProcessId).Since(cpu)}");

        foreach (var type in watchers.Latencies.GroupBy(latency => latency.Type).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var ofType = type.Select(latency => latency.Milliseconds).Order().ToArray();
            Console.WriteLine($"  {type.Key,-10} {ofType.Length,7} events  p50 {Percentile(ofType, 0.50),7:F1} ms  p99 {Percentile(ofType, 0.99),7:F1} ms");
        }

        var sorted = watchers.Latencies.Select(latency => latency.Milliseconds).Order().ToArray();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"progress: watchers={Scans * WatchersPerScan} events={sorted.Length} p50_ms={Percentile(sorted, 0.50):F1} p99_ms={Percentile(sorted, 0.99):F1}"));
        return 0;
    }

    private static async Task<Guid> StartWatchedAsync(BenchClient owner, IReadOnlyList<HubConnection> watchers, int index, Uri feed)
    {
        var scanId = await owner.StartFeedScanAsync($"progress-{index}-{Guid.NewGuid():N}"[..30], feed);
        await Task.WhenAll(watchers.Select(watcher => watcher.InvokeAsync<object>("JoinJob", scanId)));
        return scanId;
    }

    private static async Task WaitForCompletesAsync(ProgressWatchers watchers, Guid[] scanIds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (scanIds.Any(scanId => watchers.CompletesOf(scanId) < WatchersPerScan) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
