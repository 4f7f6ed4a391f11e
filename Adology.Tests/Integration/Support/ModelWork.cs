using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Adology.Modules.Platform.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Support;

/// <summary>Counts, from its start, the inputs one host's enriching phase runs through each model (<c>adology.enrich.model_inputs</c>).</summary>
internal sealed class ModelWork : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

    public ModelWork(TestHost host)
    {
        var meter = host.Services.GetRequiredService<PipelineMetrics>().Meter;
        listener.InstrumentPublished = (instrument, listening) =>
        {
            if (instrument.Meter == meter && instrument.Name == "adology.enrich.model_inputs")
            {
                listening.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "model" && tag.Value is string model)
                {
                    counts.AddOrUpdate(model, value, (_, count) => count + value);
                }
            }
        });
        listener.Start();
    }

    /// <summary>Inputs of one model: visual, text, copy or labels.</summary>
    public long Of(string model) => counts.GetValueOrDefault(model);

    public long Total => counts.Values.Sum();

    public void Dispose() => listener.Dispose();
}
