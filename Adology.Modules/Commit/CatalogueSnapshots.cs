using System.Runtime.CompilerServices;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;

namespace Adology.Modules.Commit;

/// <summary>
/// Reads a brand's catalogue as of a scan in keyset pages on the (owner, brand, SHA-256) index: memory stays one page
/// whatever the brand's size, and no statement stays open while the caller works on a page.
/// </summary>
internal sealed class CatalogueSnapshots(AdologyDb db) : ICatalogueSnapshots
{
    public const int PageSize = 1_000;

    public async IAsyncEnumerable<SnapshotCreative> ReadAsync(
        Guid ownerId, string brand, Guid scanId, DateTimeOffset asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cutoff = await CutoffAsync(scanId, asOf, cancellationToken);
        var after = Array.Empty<byte>();
        while (true)
        {
            var page = await PageAsync(ownerId, brand, scanId, cutoff, after, cancellationToken);
            foreach (var (creative, _) in page)
            {
                yield return creative;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Sha256;
        }
    }

    private async Task<DateTimeOffset> CutoffAsync(Guid scanId, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync("SELECT max(seen_at) FROM catalog.sightings WHERE scan_id = @scan", cancellationToken);
        command.Parameters.AddWithValue("scan", scanId);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime committed ? new DateTimeOffset(committed, TimeSpan.Zero) : asOf;
    }

    private async Task<List<(SnapshotCreative Creative, byte[] Sha256)>> PageAsync(
        Guid ownerId, string brand, Guid scanId, DateTimeOffset cutoff, byte[] after, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            """
            SELECT c.id, c.sha256, c.url, c.media_type, c.width, c.height, c.byte_size, s.first_seen, s.last_seen, s.seen_count,
                c.metadata ->> 'platform', c.metadata ->> 'headline', c.first_scan_id = @scan
            FROM catalog.creatives AS c
            CROSS JOIN LATERAL (
                SELECT min(seen_at) AS first_seen, max(seen_at) AS last_seen, count(*)::int AS seen_count
                FROM catalog.sightings WHERE creative_id = c.id AND seen_at <= @cutoff
            ) AS s
            WHERE c.owner_id = @owner AND c.brand = @brand AND c.sha256 > @after AND s.seen_count > 0
            ORDER BY c.sha256
            LIMIT @limit
            """,
            cancellationToken);
        var parameters = command.Parameters;
        parameters.AddWithValue("owner", ownerId);
        parameters.AddWithValue("brand", brand);
        parameters.AddWithValue("scan", scanId);
        parameters.AddWithValue("cutoff", cutoff);
        parameters.AddWithValue("after", after);
        parameters.AddWithValue("limit", PageSize);
        var page = new List<(SnapshotCreative, byte[])>(PageSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var sha256 = reader.GetFieldValue<byte[]>(1);
            page.Add((
                new SnapshotCreative(
                    reader.GetGuid(0),
                    Convert.ToHexStringLower(sha256),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetInt32(4),
                    reader.GetInt32(5),
                    reader.GetInt32(6),
                    reader.GetFieldValue<DateTimeOffset>(7),
                    reader.GetFieldValue<DateTimeOffset>(8),
                    reader.GetInt32(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10),
                    reader.IsDBNull(11) ? null : reader.GetString(11),
                    reader.GetBoolean(12)),
                sha256));
        }

        return page;
    }
}
