using Adology.Modules.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Commit;

public static class CommitModule
{
    public static IServiceCollection AddCommitModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddScoped<CatalogueWriter>();
        services.AddScoped<ICatalogue, Catalogue>();
        services.AddScoped<ICatalogueSnapshots, CatalogueSnapshots>();
        services.AddSingleton<Thumbnails>();
        services.AddSingleton<IPictureThumbnails>(provider => provider.GetRequiredService<Thumbnails>());
        services.AddScoped<IBlobRetention, BlobRetention>();
        return services;
    }

    public static void AddCommitConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<CommitBrandConsumer, CommitBrandConsumerDefinition>();
}
