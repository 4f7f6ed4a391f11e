using Adology.Modules.Enrich.Labels;
using Adology.Modules.Enrich.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Enrich.Enriching;

internal static class ActiveModelsFactory
{
    public static ActiveModels Create(IServiceProvider provider)
    {
        var enabled = provider.GetRequiredService<IOptions<ModelOptions>>().Value.Enabled;
        var configuration = provider.GetRequiredService<IConfiguration>();
        return new ActiveModels(
            enabled && !EndpointConfigured(configuration, "Ai:VisualEmbeddings") ? provider.GetRequiredService<IVisualModel>() : null,
            enabled ? provider.GetRequiredService<IOnImageTextReader>() : null,
            enabled && !EndpointConfigured(configuration, "Ai:TextEmbeddings") ? provider.GetRequiredService<ICopyModel>() : null,
            provider.GetRequiredService<IOptions<VisionOptions>>().Value.IsConfigured ? provider.GetRequiredService<VisionLabeller>() : null);
    }

    private static bool EndpointConfigured(IConfiguration configuration, string section) =>
        !string.IsNullOrWhiteSpace(configuration[$"{section}:Endpoint"]) && !string.IsNullOrWhiteSpace(configuration[$"{section}:Model"]);
}
