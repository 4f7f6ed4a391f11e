using Adology.Modules.Contracts;
using Npgsql;

namespace Adology.Modules.Scans.Ledger;

internal static class ScanWorkReader
{
    public const string Columns = "id, owner_id, brand, source_type, demo_count, feed_url, coalesce(total, 0), acquired, failed";

    public static async Task<ScanWork?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ScanWork(
            reader.GetGuid(0),
            reader.GetGuid(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetInt32(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.GetInt32(6),
            reader.GetInt32(7),
            reader.GetInt32(8));
    }
}
