using Adology.Modules.Contracts;
using Adology.Modules.Scans.Data;
using Npgsql;

namespace Adology.Modules.Scans.Ledger;

internal static class ScanWorkReader
{
    public const string Columns = "id, owner_id, brand, source, coalesce(total, 0), acquired, failed";

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
            ScanSources.Read(reader.GetString(3)),
            reader.GetInt32(4),
            reader.GetInt32(5),
            reader.GetInt32(6));
    }
}
