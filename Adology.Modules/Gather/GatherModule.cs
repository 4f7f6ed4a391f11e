using Adology.Modules.Contracts;
using Adology.Modules.Gather.Demo;
using Adology.Modules.Gather.Feed;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Gather.Upload;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Gather;

public static class GatherModule
{
    public static IServiceCollection AddGatherModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GatherOptions>(configuration.GetSection(GatherOptions.Section));
        services.AddScoped<ICreativeSource, DemoSource>();
        services.AddScoped<ICreativeSource, FeedSource>();
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.AddScoped<ICreativeSource, UploadSource>();
        services.AddSingleton<IUploads, Uploads>();
        services.AddSingleton<IUploadListings, UploadListings>();
        return services;
    }

    public static void AddGatherConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ScanRequestedConsumer, ScanRequestedConsumerDefinition>();
}
