using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Quotas;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Adology.Modules.Scans.Ledger;

internal sealed class ScanItems(AdologyDb db, ScanQuotas quotas, IAdministrators administrators, TimeProvider clock, IOptions<ScansOptions> options)
    : IScanItems
{
    public Task<StageResult> StageAsync(Guid scanId, IReadOnlyList<GatheredCreative> items, bool storedBlobsAllowed, CancellationToken cancellationToken) =>
        db.InTransactionAsync(
            async () =>
            {
                var connection = await db.OpenConnectionAsync(cancellationToken);
                if (await LockGatheringAsync(connection, scanId, cancellationToken) is not { } ownerId)
                {
                    return new StageResult([], string.Empty);
                }

                var kept = items;
                string? note = null;
                if (items.Count > 0 && !await administrators.IsAdminAsync(ownerId, cancellationToken))
                {
                    // The owner's lock: their scans staging at once share what is left of the day, never more.
                    await quotas.LockOwnerAsync(ownerId, cancellationToken);
                    var used = await quotas.ItemsOfLastDayAsync(ownerId, scanId, cancellationToken);
                    var allowance = Math.Max(0, quotas.ItemsPerDay - used);
                    if (allowance == 0)
                    {
                        await RefuseAsync(connection, scanId, quotas.ItemsRefusal(used).Detail, cancellationToken);
                        return new StageResult([], ScanStatuses.Failed);
                    }

                    if (items.Count > allowance)
                    {
                        note = ScanQuotas.CutNote(items.Count, allowance, quotas.ItemsPerDay);
                        kept = [.. items.Take((int)allowance)];
                    }
                }

                var pending = new List<int>(kept.Count);
                var failed = await CopyItemsAsync(connection, scanId, kept, storedBlobsAllowed, pending, cancellationToken);
                var status = await SetTotalAsync(connection, scanId, kept.Count, failed, note, cancellationToken);
                return new StageResult(options.Value.AcquireBatches(scanId, pending), status);
            },
            cancellationToken);

    public async Task<IReadOnlyList<PendingCreative>> PendingAsync(AcquireCreatives batch, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"""
            SELECT i.scan_id, i.ordinal, i.url, i.metadata::text, s.owner_id
            FROM scans.scan_items AS i
            JOIN scans.scans AS s ON s.id = i.scan_id
            WHERE i.scan_id = @scan_id AND i.ordinal = ANY(@ordinals)
              AND i.state = {ScanItemState.Pending:D} AND s.status = '{ScanStatuses.Acquiring}'
            ORDER BY i.ordinal
            """,
            cancellationToken);
        command.Parameters.AddWithValue("scan_id", batch.ScanId);
        command.Parameters.AddWithValue("ordinals", batch.Ordinals.ToArray());
        var pending = new List<PendingCreative>(batch.Ordinals.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pending.Add(new PendingCreative(
                reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetGuid(4)));
        }

        return pending;
    }

    public async Task<IReadOnlyList<CountedScan>> RecordAsync(IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken)
    {
        var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(ItemOutcomes.LockScans(outcomes));
        batch.BatchCommands.Add(ItemOutcomes.Record(outcomes, options.Value.MaxFailedPercent, clock.GetUtcNow()));
        var counted = new List<CountedScan>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counted.Add(new CountedScan(reader.GetGuid(0), reader.GetBoolean(1), reader.GetString(2)));
        }

        return counted;
    }

    public async Task<IReadOnlyList<AcquiredItem>> ReadAcquiredAsync(Guid scanId, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"SELECT {AcquiredRow.Columns} FROM scans.scan_items WHERE scan_id = @id AND state = {ScanItemState.Acquired:D} ORDER BY ordinal",
            cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        var items = new List<AcquiredItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(AcquiredRow.Read(reader, decoded: true));
        }

        return items;
    }

    public IAsyncEnumerable<IReadOnlyList<AcquiredContent>> ReadAcquiredContentsAsync(Guid scanId, int chunkSize, CancellationToken cancellationToken) =>
        AcquiredContents.ReadAsync(db, scanId, chunkSize, cancellationToken);

    public async Task<IReadOnlyList<AcquiredUrl>> ReadAcquiredUrlsAsync(Guid scanId, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"SELECT url, sha256 FROM scans.scan_items WHERE scan_id = @id AND state = {ScanItemState.Acquired:D} ORDER BY ordinal", cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        var urls = new List<AcquiredUrl>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            urls.Add(new AcquiredUrl(reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
        }

        return urls;
    }

    public async Task<int> PurgeFinishedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"""
            DELETE FROM scans.scan_items AS i USING scans.scans AS s
            WHERE i.scan_id = s.id AND s.status IN ({ScanStatusText.SqlList(ScanStatus.Completed, ScanStatus.Failed, ScanStatus.Cancelled)}) AND s.completed_at < @cutoff
            """,
            cancellationToken);
        command.Parameters.AddWithValue("cutoff", finishedBefore);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<string>> HashesInUseAsync(IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken)
    {
        // A staged item refers to its blob by content once acquired, by its blob: URL before; an unfinished scan to its source's
        // blob (an upload's listing) until it ends.
        await using var command = await db.CommandAsync(
            $"""
            SELECT encode(sha256, 'hex') FROM scans.scan_items WHERE sha256 = ANY(@hashes)
            UNION SELECT substr(url, 6) FROM scans.scan_items WHERE url = ANY(@urls)
            UNION SELECT substr(source->>'url', 6) FROM scans.scans
            WHERE source->>'url' = ANY(@urls) AND status IN ({ScanStatusText.SqlList(ScanStatusText.Unfinished)})
            """,
            cancellationToken);
        command.Parameters.AddWithValue("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea, sha256s.ToArray());
        command.Parameters.AddWithValue("urls", sha256s.Select(sha256 => BlobUrls.For(sha256)).ToArray());
        var inUse = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inUse.Add(reader.GetString(0));
        }

        return inUse;
    }

    public async Task<IReadOnlyList<byte[]>> UnstagedSourceBlobsAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"""
            SELECT source->>'url' FROM scans.scans
            WHERE status IN ({ScanStatusText.SqlList(ScanStatus.Queued, ScanStatus.Gathering)}) AND source->>'url' LIKE '{BlobUrls.Prefix}%'
            """,
            cancellationToken);
        var listings = new List<byte[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (BlobUrls.Sha256Of(reader.GetString(0)) is { } sha256)
            {
                listings.Add(sha256);
            }
        }

        return listings;
    }

    /// <summary>The scan's owner, once the scan is locked; null when it is not gathering.</summary>
    private static async Task<Guid?> LockGatheringAsync(NpgsqlConnection connection, Guid scanId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT owner_id FROM scans.scans WHERE id = @id AND status = '{ScanStatuses.Gathering}' FOR UPDATE", connection);
        command.Parameters.AddWithValue("id", scanId);
        return await command.ExecuteScalarAsync(cancellationToken) as Guid?;
    }

    /// <summary>Fails a scan whose owner has no items left today, none staged (its total 0, so it takes nothing of the day).</summary>
    private async Task RefuseAsync(NpgsqlConnection connection, Guid scanId, string reason, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"UPDATE scans.scans SET total = 0, status = '{ScanStatuses.Failed}', message = @reason, updated_at = @now, completed_at = @now WHERE id = @id",
            connection);
        command.Parameters.AddWithValue("id", scanId);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> CopyItemsAsync(
        NpgsqlConnection connection,
        Guid scanId,
        IReadOnlyList<GatheredCreative> items,
        bool storedBlobsAllowed,
        List<int> pending,
        CancellationToken cancellationToken)
    {
        var failed = 0;
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY scans.scan_items (scan_id, ordinal, url, metadata, state, failure) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var ordinal = 0; ordinal < items.Count; ordinal++)
        {
            var item = items[ordinal];
            var problem = StagedUrl.Problem(item.Url, storedBlobsAllowed);
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(scanId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(ordinal, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(Truncate(item.Url ?? string.Empty, StagedUrl.MaxLength), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(item.MetadataJson, NpgsqlDbType.Jsonb, cancellationToken);
            await importer.WriteAsync((short)(problem is null ? ScanItemState.Pending : ScanItemState.Failed), NpgsqlDbType.Smallint, cancellationToken);
            await importer.WriteAsync(problem, NpgsqlDbType.Text, cancellationToken);
            if (problem is null)
            {
                pending.Add(ordinal);
            }
            else
            {
                failed++;
            }
        }

        await importer.CompleteAsync(cancellationToken);
        return failed;
    }

    /// <summary>Sets the total and moves the scan on: to acquiring, to committing when nothing is left to acquire, or to failed.</summary>
    /// <param name="note">Kept with the scan's message (after a note of the gathering), which the completed scan's message ends with.</param>
    private async Task<string> SetTotalAsync(NpgsqlConnection connection, Guid scanId, int total, int failed, string? note, CancellationToken cancellationToken)
    {
        var maxFailedPercent = options.Value.MaxFailedPercent;
        var tooManyFailed = failed * 100L > maxFailedPercent * (long)total;
        var status = failed < total ? ScanStatuses.Acquiring : tooManyFailed ? ScanStatuses.Failed : ScanStatuses.Committing;
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE scans.scans
            SET total = @total, failed = @failed, status = @status, updated_at = @now,
                phase = CASE @status WHEN '{ScanStatuses.Acquiring}' THEN '{ScanPhases.Acquire}' WHEN '{ScanStatuses.Committing}' THEN '{ScanPhases.Commit}' ELSE phase END,
                message = CASE @status WHEN '{ScanStatuses.Failed}' THEN concat_ws(' ', @message, @note) ELSE concat_ws(' ', message, @note) END,
                completed_at = CASE @status WHEN '{ScanStatuses.Failed}' THEN @now ELSE completed_at END
            WHERE id = @id
            """,
            connection);
        command.Parameters.AddWithValue("id", scanId);
        command.Parameters.AddWithValue("total", total);
        command.Parameters.AddWithValue("failed", failed);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("message", $"{failed} of {total} items failed, more than the {maxFailedPercent}% allowed");
        command.Parameters.AddWithValue("note", NpgsqlDbType.Text, (object?)note ?? DBNull.Value);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
        return status;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
