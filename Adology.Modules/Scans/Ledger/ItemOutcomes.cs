using Adology.Modules.Contracts;
using Adology.Modules.Scans.Data;
using Npgsql;
using NpgsqlTypes;

namespace Adology.Modules.Scans.Ledger;

/// <summary>
/// The barrier: one statement marks a batch of pending items and adds them to their scans' counters.
/// Items already finished are not counted again. The scans' rows are locked first, in id order, so that
/// concurrent batches cannot deadlock and the counters read by the statement are the latest; the
/// statement that brings a count to its total is therefore the only one that finishes the scan: to
/// committing, or to failed when too large a share of its items failed.
/// </summary>
internal static class ItemOutcomes
{
    public static NpgsqlBatchCommand LockScans(IReadOnlyList<ItemOutcome> outcomes)
    {
        var command = new NpgsqlBatchCommand("SELECT id FROM scans.scans WHERE id = ANY(@scan_ids) ORDER BY id FOR UPDATE");
        command.Parameters.AddWithValue("scan_ids", outcomes.Select(outcome => outcome.ScanId).Distinct().ToArray());
        return command;
    }

    public static NpgsqlBatchCommand Record(IReadOnlyList<ItemOutcome> outcomes, int maxFailedPercent, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(
            $"""
            WITH outcome AS (
                SELECT * FROM unnest(@scan_ids, @ordinals, @sha256s, @media_types, @byte_sizes, @widths, @heights, @hashes,
                                     @visual_embeddings, @text_embeddings, @attributes, @failures)
                    AS o(scan_id, ordinal, sha256, media_type, byte_size, width, height, perceptual_hash,
                         visual_embedding, text_embedding, attributes, failure)
            ), marked AS (
                UPDATE scans.scan_items AS i
                SET state = CASE WHEN o.failure IS NULL THEN {ScanItemState.Acquired:D} ELSE {ScanItemState.Failed:D} END,
                    sha256 = o.sha256, media_type = o.media_type, byte_size = o.byte_size,
                    width = o.width, height = o.height, perceptual_hash = o.perceptual_hash,
                    visual_embedding = o.visual_embedding, text_embedding = o.text_embedding, attributes = o.attributes::jsonb,
                    failure = o.failure
                FROM outcome AS o
                WHERE i.scan_id = o.scan_id AND i.ordinal = o.ordinal AND i.state = {ScanItemState.Pending:D}
                RETURNING i.scan_id, i.state
            ), counted AS (
                SELECT scan_id, count(*) FILTER (WHERE state = {ScanItemState.Acquired:D}) AS acquired,
                       count(*) FILTER (WHERE state = {ScanItemState.Failed:D}) AS failed
                FROM marked GROUP BY scan_id
            ), totals AS (
                SELECT s.id, s.acquired + c.acquired AS acquired, s.failed + c.failed AS failed,
                       s.status = '{ScanStatuses.Acquiring}' AND s.acquired + c.acquired + s.failed + c.failed = s.total AS finished,
                       (s.failed + c.failed) * 100 > @max_failed_percent * s.total AS too_many_failed
                FROM scans.scans AS s JOIN counted AS c ON c.scan_id = s.id
            )
            UPDATE scans.scans AS s
            SET acquired = t.acquired,
                failed = t.failed,
                updated_at = @now,
                status = CASE WHEN NOT t.finished THEN s.status WHEN t.too_many_failed THEN '{ScanStatuses.Failed}' ELSE '{ScanStatuses.Committing}' END,
                phase = CASE WHEN t.finished AND NOT t.too_many_failed THEN '{ScanPhases.Commit}' ELSE s.phase END,
                message = CASE WHEN t.finished AND t.too_many_failed
                               THEN format('%s of %s items failed, more than the %s%% allowed', t.failed, s.total, @max_failed_percent)
                               ELSE s.message END,
                completed_at = CASE WHEN t.finished AND t.too_many_failed THEN @now ELSE s.completed_at END
            FROM totals AS t
            WHERE s.id = t.id
            RETURNING s.id, t.finished, s.status
            """);
        var parameters = command.Parameters;
        parameters.AddWithValue("scan_ids", outcomes.Select(o => o.ScanId).ToArray());
        parameters.AddWithValue("ordinals", outcomes.Select(o => o.Ordinal).ToArray());
        parameters.AddWithValue("sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, outcomes.Select(o => o.Fingerprint?.Sha256).ToArray());
        parameters.AddWithValue("media_types", NpgsqlDbType.Array | NpgsqlDbType.Text, outcomes.Select(o => o.Fingerprint?.MediaType).ToArray());
        parameters.AddWithValue("byte_sizes", NpgsqlDbType.Array | NpgsqlDbType.Integer, outcomes.Select(o => o.Fingerprint?.ByteSize).ToArray());
        parameters.AddWithValue("widths", NpgsqlDbType.Array | NpgsqlDbType.Integer, outcomes.Select(o => o.Fingerprint?.Width).ToArray());
        parameters.AddWithValue("heights", NpgsqlDbType.Array | NpgsqlDbType.Integer, outcomes.Select(o => o.Fingerprint?.Height).ToArray());
        parameters.AddWithValue("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bigint, outcomes.Select(o => o.Fingerprint?.PerceptualHash).ToArray());
        var insights = outcomes.Select(o => o.Insight is { } insight ? StoredInsight.Of(insight) : null).ToArray();
        parameters.AddWithValue("visual_embeddings", NpgsqlDbType.Array | NpgsqlDbType.Bytea, insights.Select(i => i?.Visual).ToArray());
        parameters.AddWithValue("text_embeddings", NpgsqlDbType.Array | NpgsqlDbType.Bytea, insights.Select(i => i?.Text).ToArray());
        parameters.AddWithValue("attributes", NpgsqlDbType.Array | NpgsqlDbType.Text, insights.Select(i => i?.AttributesJson).ToArray());
        parameters.AddWithValue("failures", NpgsqlDbType.Array | NpgsqlDbType.Text, outcomes.Select(o => o.Failure).ToArray());
        parameters.AddWithValue("max_failed_percent", maxFailedPercent);
        parameters.AddWithValue("now", now);
        return command;
    }
}
