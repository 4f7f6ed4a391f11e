using Adology.Modules.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Ai;

public static class AiModule
{
    public static IServiceCollection AddAiModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AiOptions>(configuration.GetSection(AiOptions.Section));
        services.AddScoped<Analyses>();
        services.AddScoped<IAnalyses>(provider => provider.GetRequiredService<Analyses>());
        return services;
    }

    public static void AddAiConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<AnalyzeBrandConsumer, AnalyzeBrandConsumerDefinition>();
}
