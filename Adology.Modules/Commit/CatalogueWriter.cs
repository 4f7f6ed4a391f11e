using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using NpgsqlTypes;

namespace Adology.Modules.Commit;

/// <summary>
/// Upserts a chunk of a scan's acquired contents into the catalogue by (owner, brand, SHA-256): a creative seen at several
/// URLs of the scan, or in an earlier scan, is stored once and its sightings counted.
/// </summary>
internal sealed class CatalogueWriter(AdologyDb db, IThumbnailLinks thumbnailLinks)
{
    /// <summary>Returns the creatives new to the brand, by SHA-256.</summary>
    public async Task<IReadOnlyList<FoundCreative>> UpsertAsync(
        ScanWork scan, IReadOnlyList<AcquiredContent> chunk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            """
            WITH incoming AS (
                SELECT t.*, a.attributes, a.attributes ->> 'callToAction' AS call_to_action,
                       ARRAY(SELECT jsonb_array_elements_text(a.attributes -> 'flags')) AS flags
                FROM unnest(@sha256s, @media_types, @byte_sizes, @widths, @heights, @hashes, @urls, @metadata, @url_counts,
                            @visual_embeddings, @text_embeddings, @attributes, @first_seens, @last_seens)
                    AS t(sha256, media_type, byte_size, width, height, perceptual_hash, url, metadata, url_count,
                         visual_embedding, text_embedding, attributes_text, first_seen, last_seen)
                CROSS JOIN LATERAL (SELECT t.attributes_text::jsonb AS attributes) AS a
            ), upserted AS (
                INSERT INTO catalog.creatives AS c (id, owner_id, brand, sha256, media_type, byte_size, width, height, perceptual_hash,
                    url, metadata, visual_embedding, text_embedding, attributes, call_to_action, flags, sources,
                    first_seen_at, last_seen_at, seen_count, first_scan_id, last_scan_id)
                SELECT gen_random_uuid(), @owner, @brand, sha256, media_type, byte_size, width, height, perceptual_hash,
                    url, metadata::jsonb, visual_embedding, text_embedding, attributes, call_to_action, flags, ARRAY[@source],
                    first_seen, last_seen, 1, @scan, @scan
                FROM incoming
                ON CONFLICT (owner_id, brand, sha256) DO UPDATE
                SET first_seen_at = least(c.first_seen_at, excluded.first_seen_at),
                    last_seen_at = greatest(c.last_seen_at, excluded.last_seen_at), seen_count = c.seen_count + 1, last_scan_id = excluded.last_scan_id,
                    url = excluded.url, metadata = excluded.metadata,
                    visual_embedding = coalesce(excluded.visual_embedding, c.visual_embedding),
                    text_embedding = coalesce(excluded.text_embedding, c.text_embedding),
                    attributes = coalesce(excluded.attributes, c.attributes),
                    call_to_action = CASE WHEN excluded.attributes IS NULL THEN c.call_to_action ELSE excluded.call_to_action END,
                    flags = CASE WHEN excluded.attributes IS NULL THEN c.flags ELSE excluded.flags END,
                    sources = CASE WHEN @source = ANY(c.sources) THEN c.sources ELSE c.sources || @source END
                RETURNING c.id, c.sha256, c.url, c.metadata ->> 'headline' AS headline, c.seen_count = 1 AS added
            ), sighted AS (
                INSERT INTO catalog.sightings (creative_id, scan_id, url_count, seen_at)
                SELECT u.id, @scan, i.url_count, @now FROM upserted AS u JOIN incoming AS i ON i.sha256 = u.sha256
                ON CONFLICT DO NOTHING
            )
            SELECT id, sha256, url, headline FROM upserted WHERE added ORDER BY sha256
            """,
            cancellationToken);
        var parameters = command.Parameters;
        parameters.AddWithValue("owner", scan.OwnerId);
        parameters.AddWithValue("brand", scan.Brand);
        parameters.AddWithValue("scan", scan.ScanId);
        parameters.AddWithValue("source", NpgsqlDbType.Text, scan.SourceType);
        parameters.AddWithValue("now", now);
        parameters.AddWithValue("sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, chunk.Select(c => c.First.Fingerprint.Sha256).ToArray());
        parameters.AddWithValue("media_types", chunk.Select(c => c.First.Fingerprint.MediaType).ToArray());
        parameters.AddWithValue("byte_sizes", chunk.Select(c => c.First.Fingerprint.ByteSize).ToArray());
        parameters.AddWithValue("widths", chunk.Select(c => c.First.Fingerprint.Width).ToArray());
        parameters.AddWithValue("heights", chunk.Select(c => c.First.Fingerprint.Height).ToArray());
        parameters.AddWithValue("hashes", chunk.Select(c => c.First.Fingerprint.PerceptualHash).ToArray());
        parameters.AddWithValue("urls", chunk.Select(c => c.First.Url).ToArray());
        parameters.AddWithValue("metadata", NpgsqlDbType.Array | NpgsqlDbType.Text, chunk.Select(c => c.First.MetadataJson).ToArray());
        parameters.AddWithValue("url_counts", chunk.Select(c => c.UrlCount).ToArray());
        var seen = chunk.Select(c => SeenDates.Of(c.First.MetadataJson, now)).ToArray();
        parameters.AddWithValue("first_seens", seen.Select(dates => dates.First).ToArray());
        parameters.AddWithValue("last_seens", seen.Select(dates => dates.Last).ToArray());
        // The bytes as stored where the items were read so, not decoded and encoded again.
        var insights = chunk.Select(c => c.First.Stored ?? (c.First.Insight is { } insight ? StoredInsight.Of(insight) : null)).ToArray();
        parameters.AddWithValue("visual_embeddings", NpgsqlDbType.Array | NpgsqlDbType.Bytea, insights.Select(i => i?.Visual).ToArray());
        parameters.AddWithValue("text_embeddings", NpgsqlDbType.Array | NpgsqlDbType.Bytea, insights.Select(i => i?.Text).ToArray());
        parameters.AddWithValue("attributes", NpgsqlDbType.Array | NpgsqlDbType.Text, insights.Select(i => i?.AttributesJson).ToArray());
        var found = new List<FoundCreative>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            found.Add(new FoundCreative(
                id,
                Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                thumbnailLinks.OfCreative(id)));
        }

        return found;
    }
}
