using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Queries;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Adology.Modules.Scans.Findings;

internal sealed class ScanFindings(
    AdologyDb db, ICatalogue catalogue, ICreativeEnrichments enrichments, IScanProgress progress, IThumbnailLinks thumbnailLinks, TimeProvider clock)
    : IScanFindings
{
    public async Task FindAsync(IReadOnlyList<FoundPicture> pictures, CancellationToken cancellationToken)
    {
        if (pictures.Count == 0)
        {
            return;
        }

        var scanIds = pictures.Select(picture => picture.ScanId).Distinct().ToList();
        var scans = await db.Set<Scan>().AsNoTracking()
            .Where(scan => scanIds.Contains(scan.Id))
            .Select(scan => new { scan.Id, scan.OwnerId, scan.Brand })
            .ToListAsync(cancellationToken);
        var fresh = new List<FoundPicture>(pictures.Count);
        foreach (var scan in scans)
        {
            // "New" as the commit will count it: not in the brand's catalogue yet (SettleAsync corrects a race with another scan).
            var own = pictures.Where(picture => picture.ScanId == scan.Id).OrderBy(picture => picture.Ordinal).DistinctBy(picture => Convert.ToHexStringLower(picture.Sha256)).ToList();
            var known = await catalogue.KnownAsync(scan.OwnerId, scan.Brand, [.. own.Select(picture => picture.Sha256)], cancellationToken);
            fresh.AddRange(own.Where(picture => !known.Contains(Convert.ToHexStringLower(picture.Sha256))));
        }

        var inserted = await InsertNewAsync(fresh, cancellationToken);
        foreach (var found in fresh.Where(picture => inserted.Contains((picture.ScanId, picture.Ordinal))).GroupBy(picture => picture.ScanId))
        {
            var items = found.Select(picture => new ScanFinding(
                picture.Ordinal, Convert.ToHexStringLower(picture.Sha256), picture.Url, picture.Headline, thumbnailLinks.OfScanItem(picture.ScanId, picture.Ordinal)));
            await progress.ItemsFoundAsync(found.Key, [.. items], cancellationToken);
        }
    }

    public async Task SettleAsync(Guid scanId, IReadOnlyList<SettledCreative> added, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            """
            INSERT INTO scans.found_items (scan_id, sha256, ordinal, url, headline, creative_id, found_at)
            SELECT @scan, a.sha256, a.ordinal, a.url, a.headline, a.creative_id, @now
            FROM unnest(@sha256s, @ordinals, @urls, @headlines, @creative_ids) WITH ORDINALITY AS a(sha256, ordinal, url, headline, creative_id, position)
            ORDER BY a.position
            ON CONFLICT (scan_id, sha256) DO UPDATE SET creative_id = excluded.creative_id;
            DELETE FROM scans.found_items WHERE scan_id = @scan AND creative_id IS NULL;
            """,
            cancellationToken);
        command.Parameters.AddWithValue("scan", scanId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, added.Select(creative => creative.Sha256).ToArray());
        command.Parameters.AddWithValue("ordinals", added.Select(creative => creative.Ordinal).ToArray());
        command.Parameters.AddWithValue("urls", added.Select(creative => creative.Url).ToArray());
        command.Parameters.AddWithValue("headlines", NpgsqlDbType.Array | NpgsqlDbType.Text, added.Select(creative => creative.Headline).ToArray());
        command.Parameters.AddWithValue("creative_ids", added.Select(creative => creative.CreativeId).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Page<ScanResult>?> ListAsync(Guid scanId, Viewer viewer, PageRequest page, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleScanAsync(scanId, viewer, cancellationToken) is null)
        {
            return null;
        }

        var found = db.Set<FoundItem>().AsNoTracking().Where(item => item.ScanId == scanId);
        var total = await found.LongCountAsync(cancellationToken);
        var rows = await found.OrderBy(item => item.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        // Only a committed creative is enriched: before, the picture's text and labels are not this scan's to show.
        var enriched = await enrichments.DescribeAsync([.. rows.Where(row => row.CreativeId is not null).Select(row => row.Sha256)], cancellationToken);
        return new Page<ScanResult>([.. rows.Select(row => View(row, enriched))], total, page.PageNumber, page.PageSize);
    }

    public async Task<byte[]?> PictureAsync(Guid scanId, int ordinal, Viewer viewer, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleScanAsync(scanId, viewer, cancellationToken) is null)
        {
            return null;
        }

        // Found before its batch records it acquired, so the found row answers first; any other acquired item by its staged row.
        return await db.Set<FoundItem>().AsNoTracking().Where(item => item.ScanId == scanId && item.Ordinal == ordinal).Select(item => item.Sha256).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Set<ScanItem>().AsNoTracking()
                .Where(item => item.ScanId == scanId && item.Ordinal == ordinal && item.State == ScanItemState.Acquired)
                .Select(item => item.Sha256)
                .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Inserts the pictures; those already found (another URL, an earlier delivery) are left out of the answer.</summary>
    private async Task<HashSet<(Guid, int)>> InsertNewAsync(List<FoundPicture> fresh, CancellationToken cancellationToken)
    {
        var inserted = new HashSet<(Guid, int)>();
        if (fresh.Count == 0)
        {
            return inserted;
        }

        await using var command = await db.CommandAsync(
            """
            INSERT INTO scans.found_items (scan_id, sha256, ordinal, url, headline, found_at)
            SELECT f.scan_id, f.sha256, f.ordinal, f.url, f.headline, @now
            FROM unnest(@scan_ids, @sha256s, @ordinals, @urls, @headlines) AS f(scan_id, sha256, ordinal, url, headline)
            ORDER BY f.scan_id, f.ordinal
            ON CONFLICT DO NOTHING
            RETURNING scan_id, ordinal
            """,
            cancellationToken);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("scan_ids", fresh.Select(picture => picture.ScanId).ToArray());
        command.Parameters.AddWithValue("sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, fresh.Select(picture => picture.Sha256).ToArray());
        command.Parameters.AddWithValue("ordinals", fresh.Select(picture => picture.Ordinal).ToArray());
        command.Parameters.AddWithValue("urls", fresh.Select(picture => picture.Url).ToArray());
        command.Parameters.AddWithValue("headlines", NpgsqlDbType.Array | NpgsqlDbType.Text, fresh.Select(picture => picture.Headline).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inserted.Add((reader.GetGuid(0), reader.GetInt32(1)));
        }

        return inserted;
    }

    private ScanResult View(FoundItem row, IReadOnlyDictionary<string, CreativeEnrichment> enriched)
    {
        var sha256 = Convert.ToHexStringLower(row.Sha256);
        var enrichment = enriched.GetValueOrDefault(sha256);
        return new ScanResult(
            row.CreativeId,
            row.Ordinal,
            sha256,
            row.Url,
            row.Headline,
            row.CreativeId is { } id ? thumbnailLinks.OfCreative(id) : thumbnailLinks.OfScanItem(row.ScanId, row.Ordinal),
            enrichment?.OnImageText,
            enrichment?.Labels,
            enrichment?.LabelFailure);
    }
}
