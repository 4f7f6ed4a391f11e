using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Data;
using Adology.Modules.Enrich.Enriching;
using Adology.Modules.Enrich.Labels;
using Adology.Modules.Enrich.Models;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Enrich;

public static class EnrichModule
{
    public static IServiceCollection AddEnrichModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EnrichOptions>(configuration.GetSection(EnrichOptions.Section));
        services.Configure<VisionOptions>(configuration.GetSection(VisionOptions.Section));
        services.AddEnrichModels(configuration);
        services.AddSingleton<VisionLabeller>();
        services.AddSingleton(ActiveModelsFactory.Create);
        services.AddScoped<EnrichmentStore>();
        services.AddScoped<EnrichmentPlanner>();
        services.AddScoped<BatchRunner>();
        services.AddScoped<OnImageTextToCatalogue>();
        services.AddScoped<ScanEnricher>();
        services.AddScoped<ICreativeEnrichments, CreativeEnrichments>();
        return services;
    }

    public static void AddEnrichConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<EnrichScanConsumer, EnrichScanConsumerDefinition>();
}
