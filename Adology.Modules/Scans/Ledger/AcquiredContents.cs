using System.Runtime.CompilerServices;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;

namespace Adology.Modules.Scans.Ledger;

/// <summary>
/// A scan's acquired items one per content hash, through a cursor of the caller's transaction: the scan's items sorted
/// once by the database, fetched a chunk at a time, with the caller's own commands on the same connection in between.
/// </summary>
internal static class AcquiredContents
{
    private const string Cursor = "acquired_contents";

    public static async IAsyncEnumerable<IReadOnlyList<AcquiredContent>> ReadAsync(
        AdologyDb db, Guid scanId, int chunkSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        await using (var declare = await db.CommandAsync(
            $"""
            DECLARE {Cursor} NO SCROLL CURSOR FOR
            SELECT DISTINCT ON (sha256) {AcquiredRow.Columns}, count(*) OVER (PARTITION BY sha256)::int
            FROM scans.scan_items WHERE scan_id = @id AND state = {ScanItemState.Acquired:D} ORDER BY sha256, ordinal
            """,
            cancellationToken))
        {
            declare.Parameters.AddWithValue("id", scanId);
            await declare.ExecuteNonQueryAsync(cancellationToken);
        }

        List<AcquiredContent> chunk;
        do
        {
            chunk = await FetchAsync(db, chunkSize, cancellationToken);
            if (chunk.Count > 0)
            {
                yield return chunk;
            }
        }
        while (chunk.Count == chunkSize);

        await using var close = await db.CommandAsync($"CLOSE {Cursor}", cancellationToken);
        await close.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<AcquiredContent>> FetchAsync(AdologyDb db, int chunkSize, CancellationToken cancellationToken)
    {
        await using var fetch = await db.CommandAsync($"FETCH {chunkSize} FROM {Cursor}", cancellationToken);
        await using var reader = await fetch.ExecuteReaderAsync(cancellationToken);
        var chunk = new List<AcquiredContent>(chunkSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            chunk.Add(new AcquiredContent(AcquiredRow.Read(reader, decoded: false), reader.GetInt32(12)));
        }

        return chunk;
    }
}
