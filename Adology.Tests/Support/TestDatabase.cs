using Npgsql;

namespace Adology.Tests.Support;

/// <summary>Straight SQL against the tests' database, to set up or look at what the API does not show.</summary>
internal static class TestDatabase
{
    public static string ConnectionString => Environment.GetEnvironmentVariable("ConnectionStrings__Adology")
        ?? throw new InvalidOperationException("ConnectionStrings__Adology is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    public static async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }
}
