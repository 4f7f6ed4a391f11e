using System.Globalization;
using Adology.Modules.Enrich.Models;

namespace Adology.Bench;

/// <summary>
/// The cost per item of each enriching model at batch sizes 1, 8, 16 and 32 (one thread, so each stage's CPU time is
/// its own), then the raw loop's throughput on every core at each batch size. No host, no database.
/// </summary>
internal static class ModelsBenchmark
{
    private static readonly int[] BatchSizes = [1, 8, 16, 32];

    public static int Run(string[] args)
    {
        var items = args is ["--items", var count, ..] ? int.Parse(count, CultureInfo.InvariantCulture) : 96;
        var pictures = BenchAdPictures.Pictures(items);
        var copies = BenchAdPictures.Copies(items);
        Console.WriteLine($"models: {items} pictures of 400x400, mean {pictures.Average(picture => picture.Length) / 1024:F1} KB, {Environment.ProcessorCount} cores");
        foreach (var batchSize in BatchSizes)
        {
            var result = RawEnrichLoop.Run(pictures, copies, batchSize, parallelism: 1);
            var stages = string.Join(" ", result.Stages.OrderBy(stage => stage.Key).Select(stage =>
                $"{stage.Key.Replace(' ', '-')}={stage.Value.Cpu.TotalMilliseconds / items:F1}/{stage.Value.Wall.TotalMilliseconds / items:F1}"));
            Console.WriteLine($"models: batch={batchSize} threads=1 items_per_s={result.ItemsPerSecond:F2} ms_per_item(cpu/wall) {stages}");
        }

        foreach (var batchSize in BatchSizes)
        {
            var result = RawEnrichLoop.Run(pictures, copies, batchSize);
            Console.WriteLine($"models: batch={batchSize} threads={Environment.ProcessorCount} items_per_s={result.ItemsPerSecond:F2}");
        }

        return 0;
    }
}
