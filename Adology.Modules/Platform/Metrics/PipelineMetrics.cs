using System.Diagnostics.Metrics;

namespace Adology.Modules.Platform.Metrics;

/// <summary>
/// The pipeline's own instruments on the <c>Adology.Pipeline</c> meter (System.Diagnostics.Metrics, so the modules
/// need no telemetry library; the host decides where they go).
/// </summary>
internal sealed class PipelineMetrics
{
    private readonly Counter<long> acquired;
    private readonly Counter<long> failed;
    private readonly Histogram<double> scanDuration;
    private readonly Histogram<double> analysisDuration;
    private readonly Counter<long> modelInputs;

    public PipelineMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(PlatformModule.PipelineMeter);
        acquired = Meter.CreateCounter<long>("adology.items.acquired", "{item}", "Creatives downloaded, checked and stored");
        failed = Meter.CreateCounter<long>("adology.items.failed", "{item}", "Creatives that could not be acquired");
        scanDuration = Meter.CreateHistogram(
            "adology.scan.duration",
            "s",
            "From a scan's request to its end, by outcome (completed, failed, cancelled)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600] });
        analysisDuration = Meter.CreateHistogram(
            "adology.analysis.duration",
            "s",
            "A brand analysis from reading the catalogue to the stored result",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120] });
        modelInputs = Meter.CreateCounter<long>(
            "adology.enrich.model_inputs", "{input}", "Pictures and texts the enriching phase ran through a model, by model (visual, text, copy, labels)");
    }

    public Meter Meter { get; }

    public void ItemsRecorded(int acquiredItems, int failedItems)
    {
        acquired.Add(acquiredItems);
        failed.Add(failedItems);
    }

    public void ModelInputs(string model, int count)
    {
        if (count > 0)
        {
            modelInputs.Add(count, new KeyValuePair<string, object?>("model", model));
        }
    }

    public void BrandAnalysed(TimeSpan duration) => analysisDuration.Record(duration.TotalSeconds);

    public void ScanEnded(string outcome, TimeSpan duration) =>
        scanDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
}
