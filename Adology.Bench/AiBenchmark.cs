using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Adology.Bench;

/// <summary>
/// A demo brand of N creatives scanned by the real host, then its analysis time (the host's own
/// <c>adology.analysis.duration</c> from /metrics: reading the catalogue, clustering, themes, storing) and the
/// latency of <c>GET /api/creatives/{id}/similar?k=10</c> for 1,000 random creatives, one request at a time.
/// Last line: ai: items=N analysis_s=S similar_p99_ms=P host_peak_rss_mb=M (the host's VmHWM over the scan, the analysis and the searches).
/// </summary>
internal static class AiBenchmark
{
    private const int Queries = 1_000;
    private const int WarmUpQueries = 20;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        await using var host = await BenchEnvironment.StartHostAsync(arguments.HostDll, new Dictionary<string, string>());
        var user = await BenchClient.RegisterAsync(host.BaseUri);
        var brand = $"ai-bench-{Guid.NewGuid():N}"[..30];
        var clock = Stopwatch.StartNew();
        var scan = await user.WaitAsync(await user.StartDemoScanAsync(brand, arguments.Items));
        Console.WriteLine($"demo scan of {arguments.Items} done in {clock.Elapsed.TotalSeconds:F1} s: {scan.GetProperty("status").GetString()}");
        BenchFailedException.ThrowIf(BenchChecks.ScanProblem("demo", scan, arguments.Items));
        var analysis = await user.Http.GetFromJsonAsync<JsonElement>($"api/scans/{scan.GetProperty("id").GetGuid()}/analysis");
        var analysisSeconds = await AnalysisSecondsAsync(user.Http);
        BenchFailedException.ThrowIf(BenchChecks.MissingMetric("adology_analysis_duration_seconds_sum", analysisSeconds));
        Console.WriteLine(
            $"analysis: creatives={analysis.GetProperty("creatives").GetInt32()} clusters={analysis.GetProperty("clusters").GetArrayLength()} " +
            $"near_duplicate_groups={analysis.GetProperty("nearDuplicateGroups").GetArrayLength()} seconds={analysisSeconds:F2} host_peak_rss_mb={host.PeakMemory() / 1e6:F0}");

        var ids = await RandomCreativesAsync(brand, Queries + WarmUpQueries);
        var latencies = new List<double>(Queries);
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            var started = Stopwatch.GetTimestamp();
            (await user.Http.GetAsync($"api/creatives/{id}/similar?k=10")).EnsureSuccessStatusCode();
            if (index >= WarmUpQueries)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"similar: queries={sorted.Length} p50_ms={Percentile(sorted, 0.50):F1} p99_ms={Percentile(sorted, 0.99):F1} max_ms={sorted[^1]:F1} host_peak_rss_mb={host.PeakMemory() / 1e6:F0}");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"ai: items={arguments.Items} analysis_s={analysisSeconds:F2} similar_p99_ms={Percentile(sorted, 0.99):F1} host_peak_rss_mb={host.PeakMemory() / 1e6:F0}"));
        return 0;
    }

    // The exporter refreshes its answer every few seconds: wait for the one analysis to show.
    private static async Task<double> AnalysisSecondsAsync(HttpClient http)
    {
        for (var attempt = 0; ; attempt++)
        {
            var metrics = await http.GetStringAsync("metrics");
            var sum = metrics.Split('\n').FirstOrDefault(line => line.StartsWith("adology_analysis_duration_seconds_sum", StringComparison.Ordinal));
            if (sum is not null || attempt == 100)
            {
                return sum is null ? double.NaN : double.Parse(sum[(sum.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }

            await Task.Delay(100);
        }
    }

    private static async Task<List<Guid>> RandomCreativesAsync(string brand, int count)
    {
        await using var connection = new NpgsqlConnection(BenchEnvironment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM catalog.creatives WHERE brand = @brand ORDER BY random() LIMIT @count", connection);
        command.Parameters.AddWithValue("brand", brand);
        command.Parameters.AddWithValue("count", count);
        var ids = new List<Guid>(count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
