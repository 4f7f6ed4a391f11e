using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Platform;

namespace Adology.Modules.Gather.Demo;

/// <summary>Synthetic creatives served by the host itself, so a first scan needs nothing outside.</summary>
internal sealed class DemoSource(HostAddress host) : ICreativeSource
{
    public string Type => SourceTypes.Demo;

    public Task<IReadOnlyList<GatheredCreative>> GatherAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var count = Math.Clamp(scan.Source.Count ?? 0, 0, DemoCreatives.MaxPerBrand);
        var brandPath = Uri.EscapeDataString(scan.Brand);
        var creatives = new GatheredCreative[count];
        for (var index = 0; index < count; index++)
        {
            var url = new Uri(host.BaseUri, $"demo/{brandPath}/{index}.png").AbsoluteUri;
            creatives[index] = new GatheredCreative(url, JsonSerializer.Serialize(DemoCreatives.Describe(scan.Brand, index), JsonSerializerOptions.Web));
        }

        return Task.FromResult<IReadOnlyList<GatheredCreative>>(creatives);
    }
}
