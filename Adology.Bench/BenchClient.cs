using System.Net.Http.Headers;
using System.Text.Json;
using Adology.Modules.Contracts;

namespace Adology.Bench;

/// <summary>A user of the host's HTTP API, as the benchmark drives it.</summary>
internal sealed class BenchClient(HttpClient http)
{
    /// <summary>A scan whose status and processed count stay the same this long is stuck (enriching 2,000 ads took 9 minutes).</summary>
    private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How often a waiting client asks for the scan. The times measured are the host's own (createdAt → completedAt), so
    /// this only sets the timeline's resolution; at 10 ms the polls took a tenth of the host's CPU during a scan, work no
    /// real user (who watches through the hub) and not the baseline causes.
    /// </summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public string AccessToken => http.DefaultRequestHeaders.Authorization!.Parameter!;

    public HttpClient Http => http;

    public static async Task<BenchClient> RegisterAsync(Uri host)
    {
        var http = new HttpClient { BaseAddress = host };
        var credentials = new { email = $"bench-{Guid.NewGuid():N}@bench.adology", password = "benchmark-password" };
        (await http.PostAsJsonAsync("api/auth/register", credentials)).EnsureSuccessStatusCode();
        var login = await (await http.PostAsJsonAsync("api/auth/login", credentials)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return new BenchClient(http);
    }

    public Task<Guid> StartFeedScanAsync(string brand, Uri feed) =>
        StartScanAsync(new { brand, source = new { type = SourceTypes.Feed, url = feed.AbsoluteUri } });

    public Task<Guid> StartDemoScanAsync(string brand, int count) =>
        StartScanAsync(new { brand, source = new { type = SourceTypes.Demo, count } });

    private async Task<Guid> StartScanAsync(object request)
    {
        var response = await http.PostAsJsonAsync("api/scans", request);
        var body = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("requestId").GetGuid();
    }

    /// <summary>Polls until the scan ends, printing (when asked) when each status was first seen; returns the scan as the API shows it.</summary>
    public async Task<JsonElement> WaitAsync(Guid scanId, bool printTimeline = true) => (await WaitWithTimelineAsync(scanId, printTimeline)).Scan;

    /// <summary>As <see cref="WaitAsync"/>, with when (from the call) each status was first seen.</summary>
    public async Task<(JsonElement Scan, IReadOnlyDictionary<string, TimeSpan> FirstSeen)> WaitWithTimelineAsync(Guid scanId, bool printTimeline = true)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var seen = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var (lastState, lastChange) = (("", -1), TimeSpan.Zero);
        while (true)
        {
            var scan = await http.GetFromJsonAsync<JsonElement>($"api/scans/{scanId}");
            var status = scan.GetProperty("status").GetString()!;
            if ((status, scan.GetProperty("processed").GetInt32()) is var state && state != lastState)
            {
                (lastState, lastChange) = (state, clock.Elapsed);
            }
            else if (clock.Elapsed - lastChange > StallLimit)
            {
                throw new BenchFailedException($"scan {scanId} did not complete: {StallLimit.TotalMinutes:F0} minutes without progress, {status} with {state.Item2} processed");
            }

            if (seen.TryAdd(status, clock.Elapsed) && printTimeline)
            {
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F2} s  {status} ({scan.GetProperty("processed").GetInt32()} processed)");
            }

            if (status is ScanStatuses.Completed or ScanStatuses.Failed or ScanStatuses.Cancelled)
            {
                return (scan, seen);
            }

            await Task.Delay(PollInterval);
        }
    }
}
