using System.Text.Json;
using Adology.Modules.Commit.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Adology.Modules.Commit;

internal sealed class Catalogue(AdologyDb db, Thumbnails thumbnails, ICreativeEnrichments enrichments) : ICatalogue
{
    public async Task<Page<CreativeView>> ListAsync(Viewer viewer, string brand, CreativeFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var normalized = Brand.Normalize(brand);
        var visible = db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.Brand == normalized && (viewer.IsAdmin || creative.OwnerId == viewer.UserId));
        if (filter.Flagged is { } flagged)
        {
            visible = visible.Where(creative => (creative.Flags.Length > 0) == flagged);
        }

        if (filter.CallToAction is { } callToAction)
        {
            visible = visible.Where(creative => creative.CallToAction == callToAction);
        }

        if (filter.ProductType is { } productType)
        {
            // The labels live with the Enrich module, by content hash: it picks the brand's pictures that carry the type.
            var labelled = await enrichments.LabelledAsync(await visible.Select(creative => creative.Sha256).ToListAsync(cancellationToken), productType, cancellationToken);
            visible = visible.Where(creative => labelled.Contains(creative.Sha256));
        }

        var total = await visible.LongCountAsync(cancellationToken);
        var rows = await visible
            .OrderByDescending(creative => creative.LastSeenAt)
            .ThenBy(creative => creative.Id)
            .Skip(page.Skip)
            .Take(page.PageSize)
            .Select(creative => new
            {
                Creative = creative,
                Scans = db.Set<Sighting>()
                    .Where(sighting => sighting.CreativeId == creative.Id)
                    .OrderBy(sighting => sighting.SeenAt)
                    .Select(sighting => sighting.ScanId)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var enriched = await enrichments.DescribeAsync([.. rows.Select(row => row.Creative.Sha256)], cancellationToken);
        return new Page<CreativeView>(
            [.. rows.Select(row => View(row.Creative, row.Scans, enriched.GetValueOrDefault(Convert.ToHexStringLower(row.Creative.Sha256))))],
            total,
            page.PageNumber,
            page.PageSize);
    }

    public async Task<Page<FoundCreative>> FoundByScanAsync(Guid scanId, PageRequest page, CancellationToken cancellationToken)
    {
        var found = db.Set<CatalogueCreative>().AsNoTracking().Where(creative => creative.FirstScanId == scanId);
        var total = await found.LongCountAsync(cancellationToken);
        var rows = await found
            .OrderBy(creative => creative.Sha256)
            .Skip(page.Skip)
            .Take(page.PageSize)
            .Select(creative => new { creative.Id, creative.Sha256, creative.Url, creative.Metadata })
            .ToListAsync(cancellationToken);
        var enriched = await enrichments.DescribeAsync([.. rows.Select(row => row.Sha256)], cancellationToken);
        return new Page<FoundCreative>(
            [.. rows.Select(row =>
            {
                var sha256 = Convert.ToHexStringLower(row.Sha256);
                var enrichment = enriched.GetValueOrDefault(sha256);
                return new FoundCreative(
                    row.Id, sha256, row.Url, Headline(row.Metadata), FoundCreative.ThumbnailUrlOf(row.Id), enrichment?.OnImageText, enrichment?.Labels, enrichment?.LabelFailure);
            })],
            total,
            page.PageNumber,
            page.PageSize);
    }

    public Task<long> CountAsync(Viewer viewer, CancellationToken cancellationToken) =>
        db.Set<CatalogueCreative>().Where(creative => viewer.IsAdmin || creative.OwnerId == viewer.UserId).LongCountAsync(cancellationToken);

    public async Task<byte[]?> ThumbnailAsync(Guid creativeId, Viewer viewer, CancellationToken cancellationToken)
    {
        var creative = await db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.Id == creativeId)
            .Select(creative => new { creative.OwnerId, creative.Sha256 })
            .SingleOrDefaultAsync(cancellationToken);
        return creative is not null && viewer.CanSee(creative.OwnerId) ? await thumbnails.OfAsync(creative.Sha256, cancellationToken) : null;
    }

    public Task<CreativeLocation?> LocateAsync(Guid creativeId, CancellationToken cancellationToken) =>
        db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.Id == creativeId)
            .Select(creative => new CreativeLocation(creative.Id, creative.OwnerId, creative.Brand))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<FoundCreative>> DescribeAsync(IReadOnlyList<Guid> creativeIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creativeIds.Contains(creative.Id))
            .Select(creative => new { creative.Id, creative.Sha256, creative.Url, creative.Metadata })
            .ToDictionaryAsync(row => row.Id, cancellationToken);
        return [.. creativeIds.Where(rows.ContainsKey).Select(id => rows[id]).Select(row =>
            new FoundCreative(row.Id, Convert.ToHexStringLower(row.Sha256), row.Url, Headline(row.Metadata), FoundCreative.ThumbnailUrlOf(row.Id)))];
    }

    public async Task<IReadOnlySet<Guid>> SightedInAsync(Guid scanId, CancellationToken cancellationToken) =>
        await db.Set<Sighting>().AsNoTracking()
            .Where(sighting => sighting.ScanId == scanId)
            .Select(sighting => sighting.CreativeId)
            .ToHashSetAsync(cancellationToken);

    public async Task<IReadOnlyList<CatalogueEntry>> ReadBrandAsync(Guid ownerId, string brand, CancellationToken cancellationToken)
    {
        // Streamed and converted row by row, so a large brand is not held twice, as rows and as entries.
        var creatives = db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.OwnerId == ownerId && creative.Brand == brand)
            .OrderBy(creative => creative.FirstSeenAt)
            .ThenBy(creative => creative.Id)
            .AsAsyncEnumerable();
        var entries = new List<CatalogueEntry>();
        await foreach (var creative in creatives.WithCancellation(cancellationToken))
        {
            entries.Add(new CatalogueEntry(
                creative.Id,
                creative.Url,
                creative.Metadata,
                new CreativeFingerprint(creative.Sha256, creative.MediaType, creative.ByteSize, creative.Width, creative.Height, creative.PerceptualHash),
                StoredInsight.Read(creative.VisualEmbedding, creative.TextEmbedding, creative.Attributes),
                creative.FirstScanId));
        }

        return entries;
    }

    public async Task AddFlagsAsync(Guid ownerId, string brand, IReadOnlyList<PictureFlags> flags, CancellationToken cancellationToken)
    {
        var rows = flags.SelectMany(picture => picture.Flags.Select(flag => (picture.Sha256, Flag: flag))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = await db.CommandAsync(
            """
            WITH found AS (
                SELECT sha256, array_agg(DISTINCT flag) AS flags FROM unnest(@sha256s, @flags) AS row(sha256, flag) GROUP BY sha256),
            merged AS (
                SELECT creative.id, ARRAY(SELECT DISTINCT flag FROM unnest(creative.flags || found.flags) AS flag ORDER BY flag) AS flags
                FROM catalog.creatives AS creative JOIN found ON creative.sha256 = found.sha256
                WHERE creative.owner_id = @owner AND creative.brand = @brand AND NOT found.flags <@ creative.flags)
            UPDATE catalog.creatives AS creative
            SET flags = merged.flags, attributes = creative.attributes || jsonb_build_object('flags', to_jsonb(merged.flags), 'flagged', true)
            FROM merged WHERE creative.id = merged.id
            """,
            cancellationToken);
        command.Parameters.AddWithValue("owner", ownerId);
        command.Parameters.AddWithValue("brand", brand);
        command.Parameters.AddWithValue("sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(row => row.Sha256).ToArray());
        command.Parameters.AddWithValue("flags", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(row => row.Flag).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Headline(string? metadata)
    {
        if (metadata is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(metadata);
        return document.RootElement.TryGetProperty("headline", out var headline) && headline.ValueKind == JsonValueKind.String ? headline.GetString() : null;
    }

    private static CreativeView View(CatalogueCreative creative, List<Guid> scans, CreativeEnrichment? enrichment) => new(
        creative.Id,
        creative.Brand,
        Convert.ToHexStringLower(creative.Sha256),
        creative.MediaType,
        creative.ByteSize,
        creative.Width,
        creative.Height,
        creative.Url,
        creative.Metadata is null ? null : JsonSerializer.Deserialize<JsonElement>(creative.Metadata),
        creative.FirstSeenAt,
        creative.LastSeenAt,
        creative.SeenCount,
        scans,
        creative.Attributes is null ? null : StoredInsight.Attributes(creative.Attributes),
        enrichment?.OnImageText,
        enrichment?.Labels,
        enrichment?.LabelFailure);
}
