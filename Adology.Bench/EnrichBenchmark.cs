using System.Globalization;
using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Models;

namespace Adology.Bench;

/// <summary>
/// The enriching phase on the real host: a scan of distinct ~20 KB ad pictures with copy and text on the picture, timed
/// from the first sight of <c>enriching</c> to the first sight of what follows it; then, with the host idle, the raw
/// limit: the same models over the same pictures in a plain batched loop in this process (<see cref="RawEnrichLoop"/>).
/// Its last line is the figure: enrich: items=N seconds=S items_per_s=R raw_items_per_s=B ratio=R/B.
/// </summary>
internal static class EnrichBenchmark
{
    private const int WarmUpItems = 32;
    private const int RawBatchSize = 16;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var items = arguments.Items;
        var pictures = BenchAdPictures.Pictures(items + WarmUpItems);
        var copies = BenchAdPictures.Copies(items + WarmUpItems);
        Console.WriteLine($"feed: {pictures.Count} distinct JPEGs with text, {pictures.Average(picture => picture.Length) / 1024:F1} KB on average, {Environment.ProcessorCount} cores");
        await using var feed = await BenchFeed.StartAsync(pictures, copies);
        var settings = BenchEnvironment.TransportSettings(arguments.Transport);
        settings["Acquire__AllowedEndpoints__0"] = $"{feed.BaseUri.Host}:{feed.BaseUri.Port}";
        settings["Ai__Models__Enabled"] = "true";
        await using var host = await BenchEnvironment.StartHostAsync(arguments.HostDll, settings);
        var client = await BenchClient.RegisterAsync(host.BaseUri);

        // The warm-up loads the models, as the raw loop loads them before its clock starts.
        await ScanAsync(client, feed.FeedUrl("warm-up", items, WarmUpItems), "warm-up", WarmUpItems);
        var cpu = CpuTimes.Read(host.ProcessId);
        var (seconds, scanSeconds) = await ScanAsync(client, feed.FeedUrl("measured", 0, items), "measured", items);
        Console.WriteLine($"measured scan {CpuTimes.Read(host.ProcessId).Since(cpu)}; the whole scan took {scanSeconds:F2} s");

        var raw = RawEnrichLoop.Run(pictures[..items], copies[..items], RawBatchSize);
        Console.WriteLine($"raw: {items} items in {raw.Elapsed.TotalSeconds:F2} s, batch {RawBatchSize}; per item cpu/wall ms: " + string.Join(
            ", ", raw.Stages.OrderBy(stage => stage.Key).Select(stage => $"{stage.Key} {stage.Value.Cpu.TotalMilliseconds / items:F1}/{stage.Value.Wall.TotalMilliseconds / items:F1}")));

        var rate = items / seconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"enrich: items={items} seconds={seconds:F2} items_per_s={rate:F2} raw_items_per_s={raw.ItemsPerSecond:F2} ratio={rate / raw.ItemsPerSecond:F2}"));
        return 0;
    }

    /// <summary>The seconds the scan spent enriching, and from its start to its end, by this client's polling.</summary>
    private static async Task<(double Enriching, double Scan)> ScanAsync(BenchClient client, Uri feed, string set, int items)
    {
        var scanId = await client.StartFeedScanAsync($"bench-{set}-{Guid.NewGuid():N}"[..40], feed);
        var (scan, seen) = await client.WaitWithTimelineAsync(scanId);
        if (scan.GetProperty("status").GetString() != ScanStatuses.Completed || scan.GetProperty("failed").GetInt32() != 0 || !seen.ContainsKey(ScanStatuses.Enriching))
        {
            throw new InvalidOperationException($"The {set} scan did not complete through enriching: {scan}");
        }

        var after = seen.GetValueOrDefault(ScanStatuses.Analyzing, seen[ScanStatuses.Completed]);
        var enriching = (after - seen[ScanStatuses.Enriching]).TotalSeconds;
        Console.WriteLine($"{set}: {items} items enriched in {enriching:F2} s");
        return (enriching, seen[ScanStatuses.Completed].TotalSeconds);
    }
}
