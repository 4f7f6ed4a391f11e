using Adology.Modules.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Commit;

public static class CommitModule
{
    public static IServiceCollection AddCommitModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(options => options.CountLimit >= 1, "Search:CountLimit must be at least 1.")
            .Validate(options => options.RankWindow >= 1 && options.RankWindow <= options.CountLimit, "Search:RankWindow must be from 1 to Search:CountLimit.")
            .Validate(options => options.DensitySample >= 1, "Search:DensitySample must be at least 1.")
            .ValidateOnStart();
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
