using Adology.Modules.Contracts;
using Adology.Modules.Gather.Browser;
using Adology.Modules.Gather.Demo;
using Adology.Modules.Gather.Feed;
using Adology.Modules.Gather.Page;
using Adology.Modules.Gather.Sources;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Adology.Modules.Gather;

public static class GatherModule
{
    public static IServiceCollection AddGatherModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GatherOptions>(configuration.GetSection(GatherOptions.Section));
        services.AddScoped<ICreativeSource, DemoSource>();
        services.AddScoped<ICreativeSource, FeedSource>();
        services.Configure<BrowserOptions>(configuration.GetSection(BrowserOptions.Section));
        services.AddSingleton<BrowserProcess>();
        services.AddSingleton<PageScroller>();
        services.AddSingleton<PageRenderer>();
        services.AddScoped<ICreativeSource, BrowserSource>();
        services.Configure<PageOptions>(configuration.GetSection(PageOptions.Section));
        services.TryAddSingleton<InlinePictures>();
        services.AddSingleton<ISourceAvailability, SourceAvailability>();
        return services;
    }

    public static void AddGatherConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ScanRequestedConsumer, ScanRequestedConsumerDefinition>();
}
