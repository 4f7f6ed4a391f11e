using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Enrich.Models;

/// <summary>
/// The raw limit of enriching, for the benchmark: the same models over the same pictures in a plain batched loop in one
/// process — each picture decoded once, read by Tesseract, embedded by ResNet-18, its copy and on-image text embedded
/// by MiniLM — with no queue, database or blob store. Batches run on <c>parallelism</c> threads, as the host runs
/// them on its CPU workers. The models load before the clock starts.
/// </summary>
internal static class RawEnrichLoop
{
    public const string Decode = "decode";
    public const string Text = "on-image text";
    public const string Visual = "visual";
    public const string Copy = "copy";

    private const long MaxPixels = 50_000_000;

    public static RawEnrichResult Run(IReadOnlyList<byte[]> encodedPictures, IReadOnlyList<string> copies, int batchSize, int parallelism = 0, ModelOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(copies.Count, encodedPictures.Count);
        var settings = Options.Create(options ?? new ModelOptions());
        using var visual = new ResNetVisualModel(settings);
        using var copy = new MiniLmCopyModel(settings);
        using var reader = new TesseractReader(settings);
        var warmUp = PictureDecoder.Decode(encodedPictures[0], settings.Value.OcrMaxSide, MaxPixels);
        _ = (visual.Embed([warmUp]), copy.Embed([copies[0]]), reader.Read(warmUp));

        var stages = new ConcurrentDictionary<string, (TimeSpan Wall, TimeSpan Cpu)>();
        var batches = Enumerable.Range(0, (encodedPictures.Count + batchSize - 1) / batchSize);
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount }, batch =>
        {
            var first = batch * batchSize;
            var count = Math.Min(batchSize, encodedPictures.Count - first);
            var pictures = Timed(stages, Decode, () => Enumerable.Range(first, count)
                .Select(index => PictureDecoder.Decode(encodedPictures[index], settings.Value.OcrMaxSide, MaxPixels)).ToList());
            var texts = Timed(stages, Text, () => pictures.Select(reader.Read).ToList());
            _ = Timed(stages, Visual, () => visual.Embed(pictures));
            _ = Timed(stages, Copy, () => copy.Embed([.. texts.Select((text, index) => $"{copies[first + index]} {text.Text}")]));
        });
        return new RawEnrichResult(encodedPictures.Count, clock.Elapsed, stages);
    }

    private static T Timed<T>(ConcurrentDictionary<string, (TimeSpan Wall, TimeSpan Cpu)> stages, string stage, Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = work();
        var spent = (wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        stages.AddOrUpdate(stage, spent, (_, sum) => (sum.Wall + spent.Item1, sum.Cpu + spent.Item2));
        return result;
    }
}
