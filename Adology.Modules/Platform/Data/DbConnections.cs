using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Adology.Modules.Platform.Data;

/// <summary>Raw Npgsql access for the set-based statements EF Core cannot express, on the context's own connection and transaction.</summary>
internal static class DbConnections
{
    public static async Task<NpgsqlConnection> OpenConnectionAsync(this AdologyDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return (NpgsqlConnection)db.Database.GetDbConnection();
    }

    public static async Task<NpgsqlCommand> CommandAsync(this AdologyDb db, string sql, CancellationToken cancellationToken)
    {
        var connection = await db.OpenConnectionAsync(cancellationToken);
        return new NpgsqlCommand(sql, connection);
    }
}
