using System.Runtime.CompilerServices;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Npgsql;

namespace Adology.Modules.Scans.Ledger;

/// <summary>
/// A scan's acquired items one per content hash, through a cursor of the caller's transaction: the scan's items sorted
/// once by the database, fetched a chunk at a time, with the caller's own commands on the same connection in between.
/// </summary>
internal static class AcquiredContents
{
    private const string Cursor = "acquired_contents";

    // What an insight read without attributes stored them as before its bytes were passed on as they are.
    private static readonly string NoAttributes = JsonSerializer.Serialize(CreativeAttributes.None, JsonSerializerOptions.Web);

    public static async IAsyncEnumerable<IReadOnlyList<AcquiredContent>> ReadAsync(
        AdologyDb db, Guid scanId, int chunkSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        await using (var declare = await db.CommandAsync(
            $"""
            DECLARE {Cursor} NO SCROLL CURSOR FOR
            SELECT DISTINCT ON (sha256) ordinal, url, metadata::text, sha256, media_type, byte_size, width, height, perceptual_hash,
                   visual_embedding, text_embedding, attributes::text, count(*) OVER (PARTITION BY sha256)::int
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
            chunk.Add(new AcquiredContent(Item(reader), reader.GetInt32(12)));
        }

        return chunk;
    }

    private static AcquiredItem Item(NpgsqlDataReader reader) =>
        new(
            reader.GetInt32(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            new CreativeFingerprint(reader.GetFieldValue<byte[]>(3), reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt64(8)),
            null)
        {
            Stored = reader.IsDBNull(9) || reader.IsDBNull(10)
                ? null
                : new StoredInsight(reader.GetFieldValue<byte[]>(9), reader.GetFieldValue<byte[]>(10), reader.IsDBNull(11) ? NoAttributes : reader.GetString(11)),
        };
}
