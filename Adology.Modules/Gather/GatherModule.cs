using Adology.Modules.Contracts;
using Adology.Modules.Gather.AdLibrary;
using Adology.Modules.Gather.Browser;
using Adology.Modules.Gather.Demo;
using Adology.Modules.Gather.Feed;
using Adology.Modules.Gather.Page;
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
        services.Configure<PageOptions>(configuration.GetSection(PageOptions.Section));
        services.AddSingleton<StaticPageReader>();
        services.AddSingleton<InlinePictures>();
        services.AddScoped<ICreativeSource, PageSource>();
        services.Configure<AdLibraryOptions>(configuration.GetSection(AdLibraryOptions.Section));
        services.AddSingleton<AdsArchiveClient>();
        services.AddSingleton<StaticSnapshotReader>();
        // Snapshots are rendered in the browser first when this host has one (see BrowserSnapshotReader).
        services.AddSingleton<ISnapshotReader, BrowserSnapshotReader>();
        services.AddScoped<ICreativeSource, AdLibrarySource>();
        services.Configure<BrowserOptions>(configuration.GetSection(BrowserOptions.Section));
        services.AddSingleton<BrowserProcess>();
        services.AddSingleton<PageScroller>();
        services.AddSingleton<PageRenderer>();
        services.AddScoped<ICreativeSource, BrowserSource>();
        services.AddSingleton<ISourceAvailability, SourceAvailability>();
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.AddScoped<ICreativeSource, UploadSource>();
        services.AddSingleton<IUploads, Uploads>();
        services.AddSingleton<IUploadListings, UploadListings>();
        return services;
    }

    public static void AddGatherConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ScanRequestedConsumer, ScanRequestedConsumerDefinition>();
}
