using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Cpu;
using Adology.Modules.Platform.Data;
using Adology.Modules.Platform.Http;
using Adology.Modules.Platform.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adology.Modules.Platform;

public static class PlatformModule
{
    public const string ReadyTag = "ready";

    /// <summary>The name of the pipeline's System.Diagnostics.Metrics meter.</summary>
    public const string PipelineMeter = "Adology.Pipeline";

    public static IServiceCollection AddPlatformModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<AdologyDb>(options => AdologyDb.Configure(options, ConnectionString(configuration)));
        services.AddHealthChecks().AddDbContextCheck<AdologyDb>("database", tags: [ReadyTag]);
        services.AddSingleton(TimeProvider.System);
        services.Configure<BlobOptions>(configuration.GetSection(BlobOptions.Section));
        services.AddSingleton<FileBlobStore>();
        services.AddSingleton<CpuWorkers>();
        services.AddSingleton<IWorkInProgress>(provider => provider.GetRequiredService<CpuWorkers>());
        services.AddSingleton<HostAddress>();
        services.AddMetrics().AddSingleton<PipelineMetrics>();
        services.AddSafeHttpClient(configuration);
        return services;
    }

    /// <summary>The PostgreSQL connection string, read when first needed so that late configuration sources count.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(AdologyDb.ConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException($"ConnectionStrings:{AdologyDb.ConnectionStringName} is not set.");

    /// <summary>Brings the modules' schema up to date (EF Core migrations, under a database lock).</summary>
    public static async Task MigrateModulesAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<AdologyDb>();
        AdologyDb.Configure(options, ConnectionString(services.GetRequiredService<IConfiguration>()));
        await using var db = new AdologyDb(ForMigration(options, services).Options);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Options for a context that only migrates: on a new database EF Core probes for the database and its
    /// history table by letting a connection and a query fail, which it would log as errors; they are not.
    /// </summary>
    public static DbContextOptionsBuilder<T> ForMigration<T>(DbContextOptionsBuilder<T> options, IServiceProvider services)
        where T : DbContext =>
        options
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug)));

    /// <summary>
    /// Tells the modules where this host listens, once it does: the demo source downloads its creatives
    /// from there, so that endpoint is exempt from the address rules of the safe HTTP client.
    /// </summary>
    public static void UseHostAddress(this IServiceProvider services, Uri baseUri)
    {
        services.GetRequiredService<HostAddress>().Set(baseUri);
        services.GetRequiredService<AllowedEndpoints>().Add($"{baseUri.Host}:{baseUri.Port}");
    }
}
