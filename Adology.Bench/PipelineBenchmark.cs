using System.Globalization;

namespace Adology.Bench;

/// <summary>
/// The pipeline end to end on the real host against a local feed, with the enriching phase's models off (enrich measures
/// them), then the raw-limit baseline on the same feed. Its last line is the figure:
/// pipeline: items=N seconds=S items_per_s=R baseline_items_per_s=B ratio=R/B models=off.
/// </summary>
internal static class PipelineBenchmark
{
    private const int WarmUpItems = 2_000;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var work = BenchEnvironment.Work;
        var connectionString = BenchEnvironment.ConnectionString;
        var images = BenchImages.Generate(arguments.Items + WarmUpItems);
        Console.WriteLine($"feed: {images.Count} distinct PNGs, {images.Average(image => image.Length) / 1024:F1} KB on average");
        await using var feed = await BenchFeed.StartAsync(images);
        var settings = BenchEnvironment.TransportSettings(arguments.Transport);
        settings["Acquire__AllowedEndpoints__0"] = $"{feed.BaseUri.Host}:{feed.BaseUri.Port}";
        settings["Acquire__Concurrency"] = arguments.Concurrency.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"transport: {arguments.Transport}");
        await using var host = await BenchEnvironment.StartHostAsync(arguments.HostDll, settings);
        var client = await BenchClient.RegisterAsync(host.BaseUri);

        var items = arguments.Items;
        await ScanAsync(client, feed.FeedUrl("warm-up", items, WarmUpItems), "warm-up", WarmUpItems);
        var cpu = CpuTimes.Read(host.ProcessId);
        var seconds = await ScanAsync(client, feed.FeedUrl("measured", 0, items), "measured", items);
        Console.WriteLine($"measured {CpuTimes.Read(host.ProcessId).Since(cpu)}");
        var warmUpUrls = Enumerable.Range(items, WarmUpItems).Select(index => feed.ImageUrl("baseline-warm-up", index)).ToList();
        await Baseline.RunAsync(warmUpUrls, arguments.Concurrency, Path.Combine(work, "baseline-warm-up-blobs"), connectionString);
        var urls = Enumerable.Range(0, items).Select(index => feed.ImageUrl("baseline", index)).ToList();
        cpu = CpuTimes.Read(host.ProcessId);
        var baseline = await Baseline.RunAsync(urls, arguments.Concurrency, Path.Combine(work, "baseline-blobs"), connectionString);
        Console.WriteLine($"baseline {CpuTimes.Read(host.ProcessId).Since(cpu)}");
        Console.WriteLine($"baseline: {items} items in {baseline.TotalSeconds:F2} s");

        var rate = items / seconds;
        var baselineRate = items / baseline.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pipeline: items={items} seconds={seconds:F2} items_per_s={rate:F0} baseline_items_per_s={baselineRate:F0} ratio={rate / baselineRate:F2} models=off"));
        return 0;
    }

    /// <summary>Seconds from the scan's creation to its completion, by the host's own clock.</summary>
    private static async Task<double> ScanAsync(BenchClient client, Uri feed, string set, int items)
    {
        var scanId = await client.StartFeedScanAsync($"bench-{set}-{Guid.NewGuid():N}"[..40], feed);
        var scan = await client.WaitAsync(scanId);
        BenchFailedException.ThrowIf(BenchChecks.ScanProblem(set, scan, items));

        var elapsed = scan.GetProperty("completedAt").GetDateTimeOffset() - scan.GetProperty("createdAt").GetDateTimeOffset();
        Console.WriteLine($"{set}: {items} items in {elapsed.TotalSeconds:F2} s");
        return elapsed.TotalSeconds;
    }
}
