using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Enrich.Models;

/// <summary>
/// The three local models as singletons, each loading its model lazily on first use (the host answers
/// <c>/health/ready</c> without waiting for them), one session per model per host, safe to call from any thread.
/// </summary>
internal static class EnrichModelsRegistration
{
    public static IServiceCollection AddEnrichModels(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ModelOptions>(configuration.GetSection(ModelOptions.Section));
        services.AddSingleton<IVisualModel, ResNetVisualModel>();
        services.AddSingleton<ICopyModel, MiniLmCopyModel>();
        services.AddSingleton<IOnImageTextReader, TesseractReader>();
        return services;
    }
}
