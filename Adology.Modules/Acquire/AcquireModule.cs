using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Acquire;

public static class AcquireModule
{
    public static IServiceCollection AddAcquireModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AcquireOptions>(configuration.GetSection(AcquireOptions.Section));
        services.AddSingleton<CreativeAcquirer>();
        services.AddScoped<AcquiredItemsRecorder>();
        services.AddSingleton<SlowLane>();
        services.AddHostedService(provider => provider.GetRequiredService<SlowLane>());
        return services;
    }

    public static void AddAcquireConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<AcquireCreativesConsumer, AcquireCreativesConsumerDefinition>();
}
