using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Adology.Modules.Platform.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class AdologyDbDesignTimeFactory : IDesignTimeDbContextFactory<AdologyDb>
{
    public AdologyDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AdologyDb>().UseNpgsql("Host=localhost", Npgsql).Options);

    internal static void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations", "platform");
}
