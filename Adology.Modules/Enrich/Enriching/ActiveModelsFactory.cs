using Adology.Modules.Enrich.Labels;
using Adology.Modules.Enrich.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
            enabled ? Installed(provider.GetRequiredService<IOnImageTextReader>(), provider) : null,
            enabled && !EndpointConfigured(configuration, "Ai:TextEmbeddings") ? provider.GetRequiredService<ICopyModel>() : null,
            provider.GetRequiredService<IOptions<VisionOptions>>().Value.IsConfigured ? provider.GetRequiredService<VisionLabeller>() : null);
    }

    private static bool EndpointConfigured(IConfiguration configuration, string section) =>
        !string.IsNullOrWhiteSpace(configuration[$"{section}:Endpoint"]) && !string.IsNullOrWhiteSpace(configuration[$"{section}:Model"]);

    /// <summary>The reader, unless its library is missing: then the other models still run and the creatives have no on-image text.</summary>
    private static IOnImageTextReader? Installed(IOnImageTextReader reader, IServiceProvider provider)
    {
        try
        {
            _ = reader.Version;
            return reader;
        }
        catch (InvalidOperationException exception)
        {
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ActiveModelsFactory)).LogWarning(exception, "On-image text is off");
            return null;
        }
    }
}
