using System.Diagnostics;
using System.Globalization;
using Adology.Modules.Contracts;

namespace Adology.Bench;

/// <summary>
/// N authenticated WebSocket connections to the progress hub, held by one host: one job per 1,000 connections (a feed
/// scan of a user of its own, kept open by a feed that does not answer), each connection joined to its user's job;
/// held past the server's 30 s client timeout, the host's resident memory read; then one event — the first job's
/// CANCELLED — broadcast to its 1,000 watchers, each latency from the event's <c>at</c> to its arrival. Last line:
/// connections: count=N host_rss_mb=M broadcast_p99_ms=P.
/// </summary>
internal static class ConnectionsBenchmark
{
    private const int WatchersPerJob = 1_000;
    private static readonly TimeSpan HoldFor = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan BroadcastWithin = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var count = arguments.Items;
        BenchFailedException.ThrowIf(BenchChecks.OpenFilesProblem(count, ProcFs.OpenFilesLimit()));
        await using var feed = await StalledFeed.StartAsync();
        await using var host = await BenchEnvironment.StartHostAsync(arguments.HostDll, new Dictionary<string, string>
        {
            ["Acquire__AllowedEndpoints__0"] = $"{feed.BaseUri.Host}:{feed.BaseUri.Port}",
            // The jobs stay in gathering, their feed unanswered, for as long as the benchmark runs.
            ["Gather__Timeout"] = "01:00:00",
            ["Acquire__RequestTimeout"] = "01:00:00",
            ["Acquire__TotalTimeout"] = "01:00:00",
        });
        var jobs = (count + WatchersPerJob - 1) / WatchersPerJob;
        var owners = await Task.WhenAll(Enumerable.Range(0, jobs).Select(_ => BenchClient.RegisterAsync(host.BaseUri)));
        var jobIds = await Task.WhenAll(owners.Select((owner, index) => owner.StartFeedScanAsync($"connections-{index}", feed.Url)));
        var tokens = owners.Select(owner => owner.AccessToken).ToArray();
        var addresses = LoopbackSources.AddressesFor(count);
        Console.WriteLine($"{count} connections to {jobs} jobs from {addresses} source addresses (127.0.0.2…)");

        using var invoker = LoopbackSources.Invoker(addresses);
        await using var connections = new HeldConnections(count);
        var rssBefore = ProcFs.ResidentBytes(host.ProcessId);
        var unconnected = CpuTimes.Read(host.ProcessId);
        await Task.Delay(HoldFor);
        Console.WriteLine($"with no connection, over {HoldFor.TotalSeconds:F0} s: {CpuTimes.Read(host.ProcessId).Since(unconnected)}");
        var clock = Stopwatch.StartNew();
        await connections.ConnectAsync(new Uri($"ws://{host.BaseUri.Authority}/hubs/progress"), invoker, index => (tokens[index / WatchersPerJob], jobIds[index / WatchersPerJob]), connected =>
        {
            if (connected % 5_000 == 0)
            {
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F1} s  {connected} connected, host RSS {Megabytes(ProcFs.ResidentBytes(host.ProcessId))} MB");
            }
        });
        Console.WriteLine($"connected and joined {count} in {clock.Elapsed.TotalSeconds:F1} s ({count / clock.Elapsed.TotalSeconds:F0}/s); holding them {HoldFor.TotalSeconds:F0} s");

        var cpu = CpuTimes.Read(host.ProcessId);
        await Task.Delay(HoldFor);
        var rss = ProcFs.ResidentBytes(host.ProcessId);
        BenchFailedException.ThrowIf(BenchChecks.ConnectionsNotHeld(count, connections.Open, connections.ClosedBecause));
        Console.WriteLine($"held {count}: host RSS {Megabytes(rss)} MB ({Megabytes(rssBefore)} MB before connecting, "
            + $"{(rss - rssBefore) / (double)count / 1024:F1} KB a connection), peak {Megabytes(host.PeakMemory())} MB; "
            + $"benchmark RSS {Megabytes(Environment.WorkingSet)} MB; held {HoldFor.TotalSeconds:F0} s: {CpuTimes.Read(host.ProcessId).Since(cpu)}");

        var target = jobIds[0];
        var watchers = Math.Min(count, WatchersPerJob);
        var sent = DateTimeOffset.UtcNow;
        (await owners[0].Http.PostAsync(new Uri($"api/scans/{target}/cancel", UriKind.Relative), content: null)).EnsureSuccessStatusCode();
        var broadcast = await WaitForBroadcastAsync(connections, target, watchers);
        BenchFailedException.ThrowIf(BenchChecks.MissingBroadcast(ProgressType.Cancelled, watchers, broadcast.Length));
        await feed.ReleaseAsync();

        var latencies = broadcast.Select(stamp => stamp.Milliseconds).Order().ToArray();
        Console.WriteLine($"{ProgressType.Cancelled} to {watchers} watchers: p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, "
            + $"max {latencies[^1]:F1} ms from its at; the last arrived {(broadcast.Max(stamp => stamp.Arrived) - sent).TotalMilliseconds:F0} ms after the cancel request was sent");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"connections: count={count} host_rss_mb={Megabytes(rss)} broadcast_p99_ms={Percentile(latencies, 0.99):F1}"));
        return 0;
    }

    private static async Task<ProgressStamp[]> WaitForBroadcastAsync(HeldConnections connections, Guid target, int watchers)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var received = connections.Received.Where(stamp => stamp.JobId == target && stamp.Type == ProgressType.Cancelled).ToArray();
            if (received.Length >= watchers || deadline.Elapsed > BroadcastWithin)
            {
                return received;
            }

            await Task.Delay(50);
        }
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
