using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Platform;

public static class PlatformModule
{
    public static IServiceCollection AddPlatformModule(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(AdologyDb.ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{AdologyDb.ConnectionStringName} is not set.");
        services.AddDbContext<AdologyDb>(options => options.UseNpgsql(connectionString, AdologyDbDesignTimeFactory.Npgsql));
        services.AddSingleton(TimeProvider.System);
        services.Configure<BlobOptions>(configuration.GetSection(BlobOptions.Section));
        services.AddSingleton<FileBlobStore>();
        return services;
    }
}
