using System.Globalization;
using System.Text.Json;
using Adology.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Bench;

/// <summary>
/// 20 users start scans continuously for the given minutes (demo and feed scans whose feed fails and slows some items,
/// every eighth cancelled) with API reads and 200 hub watchers alongside; midway the host is killed with SIGKILL and
/// restarted on the same port, database and blobs, resuming the unfinished scans. Then every scan the load started
/// must end within a grace period with its items. Last line:
/// soak: minutes=M scans=N completed=C lost=L stuck=S rss_start_mb=A rss_end_mb=B api_p99_ms=P.
/// </summary>
internal static class SoakBenchmark
{
    private const int Users = 20;
    private const int WatchersPerUser = 10;
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var duration = TimeSpan.FromMinutes(arguments.Items);
        await using var feed = await SoakFeed.StartAsync(BenchImages.Generate(300));
        var port = HostProcess.FreePort();
        var settings = BenchEnvironment.HostSettings(new Dictionary<string, string>
        {
            ["Acquire__AllowedEndpoints__0"] = $"{feed.BaseUri.Host}:{feed.BaseUri.Port}",
            ["Recovery__ResumeOnStart"] = "true",
        });
        var host = await StartHostAsync(arguments.HostDll, port, settings);
        try
        {
            var users = await Task.WhenAll(Enumerable.Range(0, Users).Select(_ => BenchClient.RegisterAsync(host.BaseUri)));
            var load = new SoakLoad(users, feed);
            var watchers = await WatchAsync(load, host, users);
            Console.WriteLine($"{Users} users, {Users * WatchersPerUser} watchers, {duration.TotalMinutes:F0} minutes; the host is killed at {duration.TotalMinutes / 2:F1}");
            using var stop = new CancellationTokenSource();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var running = load.RunAsync(stop.Token);

            await Task.Delay(duration / 10);
            var rssStart = RssMegabytes(host.ProcessId);
            Console.WriteLine($"{clock.Elapsed.TotalSeconds,5:F0} s  warmed up: host RSS {rssStart:F0} MB, {load.Scans.Count} scans started");
            await UntilAsync(clock, duration / 2);
            var beforeKill = load.Scans.Count;
            Console.WriteLine($"{clock.Elapsed.TotalSeconds,5:F0} s  SIGKILL: host RSS {RssMegabytes(host.ProcessId):F0} MB, {beforeKill} scans started");
            await host.KillAsync();
            await host.DisposeAsync();
            var firstEvents = watchers.Latencies.Count;
            await watchers.DisposeAsync();
            var down = System.Diagnostics.Stopwatch.StartNew();
            host = await RestartAsync(arguments.HostDll, port, settings);
            Console.WriteLine($"{clock.Elapsed.TotalSeconds,5:F0} s  restarted in {down.Elapsed.TotalSeconds:F1} s");
            watchers = await WatchAsync(load, host, users);

            await UntilAsync(clock, duration);
            var rssEnd = RssMegabytes(host.ProcessId);
            await stop.CancelAsync();
            await running;
            var scans = load.Scans;
            Console.WriteLine($"{clock.Elapsed.TotalSeconds,5:F0} s  load stopped: restarted host's RSS {rssEnd:F0} MB, {scans.Count} scans started");
            BenchFailedException.ThrowIf(BenchChecks.SoakRunProblem(beforeKill, scans.Count - beforeKill));

            var final = await AwaitEndsAsync(scans);
            await watchers.DisposeAsync();
            var lost = scans.Select(scan => (scan, Problem: BenchChecks.SoakLoss(scan.Id, final[scan.Id], scan.Items, scan.Failing)))
                .Where(loss => loss.Problem is not null).ToList();
            var stuck = scans.Where(scan => final[scan.Id] is not null)
                .Select(scan => BenchChecks.SoakStuck(scan.Id, final[scan.Id]!.Value)).OfType<string>().ToList();
            foreach (var (scan, problem) in lost.Take(20))
            {
                Console.WriteLine($"  lost: {problem} (created {final[scan.Id]?.GetProperty("createdAt")}){await FirstFailureAsync(scan)}");
            }

            foreach (var problem in stuck.Take(20))
            {
                Console.WriteLine($"  stuck: {problem}");
            }

            foreach (var status in final.Values.GroupBy(scan => scan?.GetProperty("status").GetString() ?? "vanished").OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {status.Key,-10} {status.Count(),5} scans");
            }

            var reads = load.ReadMilliseconds.Order().ToArray();
            Console.WriteLine($"API reads: {reads.Length} answered, {load.ReadErrors} error statuses, p50 {Percentile(reads, 0.50):F1} ms; progress events received: {firstEvents + watchers.Latencies.Count}");
            var completed = final.Values.Count(scan => scan?.GetProperty("status").GetString() == "completed");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"soak: minutes={duration.TotalMinutes:0.##} scans={scans.Count} completed={completed} lost={lost.Count} stuck={stuck.Count} rss_start_mb={rssStart:F0} rss_end_mb={rssEnd:F0} api_p99_ms={Percentile(reads, 0.99):F1}"));
            return 0;
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static Task<HostProcess> StartHostAsync(string hostDll, int port, IReadOnlyDictionary<string, string> settings) =>
        HostProcess.StartAsync(
            hostDll,
            port,
            settings,
            line => { if (line.Contains("fail", StringComparison.OrdinalIgnoreCase)) Console.Error.WriteLine(line); },
            Console.Error.WriteLine);

    /// <summary>The same host on the same port, database and blobs: the users' tokens and URLs stay valid.</summary>
    private static async Task<HostProcess> RestartAsync(string hostDll, int port, IReadOnlyDictionary<string, string> settings)
    {
        try
        {
            return await StartHostAsync(hostDll, port, settings);
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException)
        {
            throw new BenchFailedException($"the host did not restart after the SIGKILL: {failure.Message}");
        }
    }

    private static async Task<ProgressWatchers> WatchAsync(SoakLoad load, HostProcess host, BenchClient[] users)
    {
        var watchers = new ProgressWatchers();
        var connections = new IReadOnlyList<HubConnection>[users.Length];
        for (var index = 0; index < users.Length; index++)
        {
            connections[index] = await watchers.ConnectAsync(host.BaseUri, users[index].AccessToken, WatchersPerUser);
        }

        load.WatchWith(connections);
        return watchers;
    }

    /// <summary>Each scan as the API shows it once all have ended or the grace period is over; null for a scan the API no longer knows.</summary>
    private static async Task<Dictionary<Guid, JsonElement?>> AwaitEndsAsync(IReadOnlyList<SoakScan> scans)
    {
        var final = new Dictionary<Guid, JsonElement?>();
        var deadline = DateTime.UtcNow + Grace;
        foreach (var scan in scans)
        {
            while (true)
            {
                using var response = await scan.Owner.Http.GetAsync($"api/scans/{scan.Id}");
                final[scan.Id] = response.StatusCode == System.Net.HttpStatusCode.NotFound
                    ? null
                    : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
                if (final[scan.Id] is not { } found || BenchChecks.SoakStuck(scan.Id, found) is null || DateTime.UtcNow > deadline)
                {
                    break;
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        return final;
    }

    /// <summary>Why the scan's first failed item failed, as the host stored it: what tells a lost item from a slow one.</summary>
    private static async Task<string> FirstFailureAsync(SoakScan scan)
    {
        var failures = await scan.Owner.Http.GetFromJsonAsync<JsonElement>($"api/scans/{scan.Id}/failures?page=1&pageSize=1");
        return failures.GetProperty("items") is { } items && items.GetArrayLength() > 0
            ? $"; first failure: {items[0].GetProperty("url")}: {items[0].GetProperty("reason")}"
            : "";
    }

    private static Task UntilAsync(System.Diagnostics.Stopwatch clock, TimeSpan at) =>
        at > clock.Elapsed ? Task.Delay(at - clock.Elapsed) : Task.CompletedTask;

    private static double RssMegabytes(int processId) =>
        long.Parse(File.ReadLines($"/proc/{processId}/status").First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
