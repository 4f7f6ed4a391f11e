using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Adology.Modules.Platform.Data;

/// <summary>
/// The one database context of the modules. Each module maps its own entities, in its own schema,
/// with <see cref="IEntityTypeConfiguration{TEntity}"/> classes found in this assembly.
/// </summary>
internal sealed class AdologyDb(DbContextOptions<AdologyDb> options) : DbContext(options)
{
    public const string ConnectionStringName = "Adology";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations", "platform"))
            .UseSnakeCaseNamingConvention()
            // A search counts its matches up to a limit (a Take without an order, on purpose): not worth a warning.
            .ConfigureWarnings(warnings => warnings.Log((CoreEventId.RowLimitingOperationWithoutOrderByWarning, LogLevel.Debug)));

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder
            // GIN over plain columns, for the search index that holds the filters beside the text (CatalogueConfiguration).
            .HasPostgresExtension("btree_gin")
            .ApplyConfigurationsFromAssembly(typeof(AdologyDb).Assembly);
}
