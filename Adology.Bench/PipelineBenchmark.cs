using System.Globalization;
using System.Text.Json;

namespace Adology.Bench;

/// <summary>
/// The pipeline end to end on the real host against a local feed of pictures with realistic ad copy, with the enriching
/// phase's models off (enrich measures them), and the raw-limit baseline doing the same per-item work, interleaved over
/// five rounds of new pictures. Its last line is the medians:
/// pipeline: items=N seconds=S items_per_s=R baseline_items_per_s=B ratio=R/B models=off.
/// </summary>
internal static class PipelineBenchmark
{
    private const int WarmUpItems = 2_000;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var work = BenchEnvironment.Work;
        var connectionString = BenchEnvironment.ConnectionString;
        var items = arguments.Items;
        var images = new RoundImages();
        await using var feed = await BenchFeed.StartAsync(images.At, index => BenchAdCopy.Of(index));
        var metadataBytes = Enumerable.Range(0, 1_000).Average(index => JsonSerializer.SerializeToUtf8Bytes(BenchAdCopy.Of(index), JsonSerializerOptions.Web).Length);
        Console.WriteLine($"feed: distinct 256×256 PNGs with ad copy of {metadataBytes:F0} bytes of JSON on average");
        var settings = BenchEnvironment.TransportSettings(arguments.Transport);
        settings["Acquire__AllowedEndpoints__0"] = $"{feed.BaseUri.Host}:{feed.BaseUri.Port}";
        settings["Acquire__Concurrency"] = arguments.Concurrency.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"transport: {arguments.Transport}");
        await using var host = await BenchEnvironment.StartHostAsync(arguments.HostDll, settings);
        var client = await BenchClient.RegisterAsync(host.BaseUri);

        images.Generate(0, WarmUpItems);
        await ScanAsync(client, feed.FeedUrl("warm-up", 0, WarmUpItems), "warm-up", WarmUpItems);
        await BaselineAsync(feed, "baseline-warm-up", 0, WarmUpItems, arguments.Concurrency, Path.Combine(work, "baseline-warm-up"), connectionString);
        var runs = new List<(double Host, double Baseline)>();
        for (var round = 1; round <= arguments.Rounds; round++)
        {
            var first = WarmUpItems + ((round - 1) * items);
            images.Generate(first, items);
            var cpu = CpuTimes.Read(host.ProcessId);
            var seconds = await ScanAsync(client, feed.FeedUrl($"round-{round}", first, items), $"round {round}", items);
            Console.WriteLine($"round {round} host {CpuTimes.Read(host.ProcessId).Since(cpu)}");
            var baseline = await BaselineAsync(
                feed, $"baseline-{round}", first, items, arguments.Concurrency, Path.Combine(work, $"baseline-{round}"), connectionString);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: host {items / seconds:F0} items/s, baseline {items / baseline:F0} items/s"));
            runs.Add((seconds, baseline));
        }

        var medianSeconds = Median(runs.Select(run => run.Host));
        var rate = items / medianSeconds;
        var baselineRate = items / Median(runs.Select(run => run.Baseline));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pipeline: items={items} seconds={medianSeconds:F2} items_per_s={rate:F0} baseline_items_per_s={baselineRate:F0} ratio={rate / baselineRate:F2} models=off"));
        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Seconds from the scan's creation to its completion, by the host's own clock; throws unless every item was acquired.</summary>
    private static async Task<double> ScanAsync(BenchClient client, Uri feed, string set, int items)
    {
        var scanId = await client.StartFeedScanAsync($"bench-{set}-{Guid.NewGuid():N}"[..40], feed);
        var scan = await client.WaitAsync(scanId);
        BenchFailedException.ThrowIf(BenchChecks.ScanProblem(set, scan, items));

        var elapsed = scan.GetProperty("completedAt").GetDateTimeOffset() - scan.GetProperty("createdAt").GetDateTimeOffset();
        Console.WriteLine($"{set}: {items} items in {elapsed.TotalSeconds:F2} s");
        return elapsed.TotalSeconds;
    }

    /// <summary>Seconds the baseline takes over the same pictures (under URLs of its own) and the same metadata as the feed serves.</summary>
    private static async Task<double> BaselineAsync(
        BenchFeed feed, string set, int first, int items, int concurrency, string blobPath, string connectionString)
    {
        var urls = Enumerable.Range(first, items).Select(index => feed.ImageUrl(set, index)).ToList();
        var metadata = Enumerable.Range(first, items).Select(index => JsonSerializer.Serialize(BenchAdCopy.Of(index), JsonSerializerOptions.Web)).ToList();
        var elapsed = await Baseline.RunAsync(urls, metadata, concurrency, blobPath, connectionString);
        return elapsed.TotalSeconds;
    }
}
