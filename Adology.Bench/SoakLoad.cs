using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Bench;

/// <summary>
/// The soak's users: each starts one scan after another (demo and feed in turn, every eighth cancelled soon after its
/// start), has its watchers join each, and meanwhile reads the API. A host that is down only costs retries.
/// </summary>
internal sealed class SoakLoad(IReadOnlyList<BenchClient> users, SoakFeed feed)
{
    private const int DemoItems = 20;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ReadPause = TimeSpan.FromMilliseconds(250);
    private static readonly string[] Reads = ["api/scans?page=1&pageSize=20", "api/creatives?page=1&pageSize=50", "api/creatives?q=free%20delivery&pageSize=20"];

    private readonly ConcurrentDictionary<Guid, SoakScan> scans = new();
    private readonly ConcurrentQueue<double> readMilliseconds = new();
    private IReadOnlyList<HubConnection>[] watchers = [];
    private int started;
    private int readErrors;

    public IReadOnlyList<SoakScan> Scans => [.. scans.Values];

    public IReadOnlyCollection<double> ReadMilliseconds => readMilliseconds;

    public int ReadErrors => readErrors;

    /// <summary>The watchers each user's next scans are joined by (a restarted host needs new connections).</summary>
    public void WatchWith(IReadOnlyList<HubConnection>[] connections) => watchers = connections;

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(users.SelectMany((user, index) => new[] { ScanLoopAsync(user, index, stop), ReadLoopAsync(user, stop) }));

    private async Task ScanLoopAsync(BenchClient user, int userIndex, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var number = Interlocked.Increment(ref started);
                var scan = await StartAsync(user, number);
                scans[scan.Id] = scan;
                await JoinAsync(watchers.ElementAtOrDefault(userIndex) ?? [], scan.Id);
                if (scan.Cancelled)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
                    await user.Http.PostAsync($"api/scans/{scan.Id}/cancel", null, stop);
                }

                await WaitEndAsync(user, scan.Id, stop);
            }
            catch (Exception failure) when (Unanswered(failure, stop))
            {
                await Pause(Poll, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<SoakScan> StartAsync(BenchClient user, int number)
    {
        var brand = $"soak-{number}-{Guid.NewGuid():N}"[..30];
        var cancelled = number % 8 == 0;
        return number % 2 == 0
            ? new SoakScan(await user.StartDemoScanAsync(brand, DemoItems), user, DemoItems, 0, cancelled)
            : new SoakScan(await user.StartFeedScanAsync(brand, feed.FeedUrl(number)), user, SoakFeed.Items, SoakFeed.Failing, cancelled);
    }

    private static async Task JoinAsync(IReadOnlyList<HubConnection> connections, Guid scanId)
    {
        foreach (var connection in connections)
        {
            try
            {
                await connection.InvokeAsync<object>("JoinJob", scanId);
            }
            catch (Exception failure) when (failure is InvalidOperationException or HubException or IOException or System.Net.WebSockets.WebSocketException or OperationCanceledException)
            {
                // A watcher of the killed host: the restart brings new ones.
            }
        }
    }

    private static async Task WaitEndAsync(BenchClient user, Guid scanId, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var scan = await user.Http.GetFromJsonAsync<JsonElement>($"api/scans/{scanId}", stop);
                if (BenchChecks.SoakStuck(scanId, scan) is null)
                {
                    return;
                }
            }
            catch (Exception failure) when (Unanswered(failure, stop))
            {
                // The host is down (killed, restarting): the scan is still ours to wait for.
            }

            await Pause(Poll, stop);
        }
    }

    private async Task ReadLoopAsync(BenchClient user, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var read in Reads)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await user.Http.GetAsync(read, stop);
                    await response.Content.LoadIntoBufferAsync(stop);
                    if (response.IsSuccessStatusCode)
                    {
                        readMilliseconds.Enqueue(clock.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref readErrors);
                    }
                }
                catch (Exception failure) when (Unanswered(failure, stop))
                {
                    // The host is down: a read it never answered has no latency.
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }

            await Pause(ReadPause, stop);
        }
    }

    /// <summary>A request the host did not answer (refused, reset, timed out) rather than the load's end.</summary>
    private static bool Unanswered(Exception failure, CancellationToken stop) =>
        failure is HttpRequestException || (failure is OperationCanceledException && !stop.IsCancellationRequested);

    private static async Task Pause(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException)
        {
            // The load is over; the loop ends at its next check.
        }
    }
}
