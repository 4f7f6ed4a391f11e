using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.EventLog;
using Adology.Modules.Scans.Queries;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Adology.Modules.Scans.Progress;

/// <summary>
/// Numbers a job's event in the database and sends it while holding the job's advisory lock, so that whichever hosts
/// report on one job, its events leave in <c>seq</c> order. The number is committed before the send, in the transaction
/// that stores the event in the job's log: a host that dies in between leaves a gap for the hub's watchers (which they
/// heal by re-joining) but none in the log, and never a number used twice. Only a final event is numbered once the
/// scan has ended, so nothing follows it, whichever host sent it.
/// </summary>
internal sealed class ProgressNumbering(IServiceScopeFactory scopes, ProgressSignal stored, TimeProvider clock)
{
    /// <summary>The first key of the two-key advisory locks of jobs, so they cannot meet other users' locks.</summary>
    private const int LockSpace = 0x5345_5100;

    /// <summary>The event as numbered and sent, or null when the scan has ended (or does not exist) and it was not sent.</summary>
    public async Task<NumberedEvent?> SendAsync(
        Guid scanId, string type, object? data, Func<ProgressEvent, Task> send, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var connection = await scope.ServiceProvider.GetRequiredService<AdologyDb>().OpenConnectionAsync(cancellationToken);
        var open = true;
        try
        {
            var numbered = await LockAndNumberAsync(connection, scanId, type, data, cancellationToken);
            if (numbered is not null)
            {
                await StoreAndCommitAsync(connection, numbered.Event, cancellationToken);
                open = false;
                stored.Stored(scanId);
                await send(numbered.Event);
            }

            return numbered;
        }
        finally
        {
            await using var unlock = new NpgsqlBatch(connection);
            if (open)
            {
                unlock.BatchCommands.Add(new NpgsqlBatchCommand("ROLLBACK"));
            }

            var command = new NpgsqlBatchCommand("SELECT pg_advisory_unlock(@space, @job)");
            AddLockKey(command.Parameters, scanId);
            unlock.BatchCommands.Add(command);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>One round trip: the event goes into the log and its number is committed with it.</summary>
    private static async Task StoreAndCommitAsync(NpgsqlConnection connection, ProgressEvent progress, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        var store = new NpgsqlBatchCommand("INSERT INTO scans.progress_events (scan_id, seq, type, payload) VALUES (@id, @seq, @type, @payload)");
        store.Parameters.AddWithValue("id", progress.JobId);
        store.Parameters.AddWithValue("seq", progress.Seq);
        store.Parameters.AddWithValue("type", progress.Type);
        store.Parameters.AddWithValue("payload", JsonSerializer.Serialize(progress, ProgressJson.Options));
        batch.BatchCommands.Add(store);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NumberedEvent?> LockAndNumberAsync(
        NpgsqlConnection connection, Guid scanId, string type, object? data, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        var lockJob = new NpgsqlBatchCommand("SELECT pg_advisory_lock(@space, @job)");
        AddLockKey(lockJob.Parameters, scanId);
        var number = new NpgsqlBatchCommand(
            $"""
            UPDATE scans.scans SET seq = seq + 1
            WHERE id = @id AND (@final OR status IN ({ScanStatusText.SqlList(ScanStatusText.Unfinished)}))
            RETURNING seq, status, phase, total, acquired, failed, message, created_at, completed_at, enrich_total, enriched
            """);
        number.Parameters.AddWithValue("id", scanId);
        number.Parameters.AddWithValue("final", ProgressType.IsFinal(type));
        batch.BatchCommands.Add(lockJob);
        batch.BatchCommands.Add(number);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var status = reader.GetString(1);
        var failed = reader.GetInt32(5);
        var (processed, total) = PhaseCounts.Of(
            ScanStatusText.Parse(status), reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.GetInt32(4), failed, reader.IsDBNull(9) ? null : reader.GetInt32(9), reader.GetInt32(10));
        var message = reader.IsDBNull(6) ? null : reader.GetString(6);
        var now = clock.GetUtcNow();
        var endedAt = reader.IsDBNull(8) ? now : reader.GetFieldValue<DateTimeOffset>(8);
        var progress = new ProgressEvent(
            type,
            scanId,
            reader.GetInt64(0),
            now,
            reader.GetString(2),
            ScanProgress.Percent(ScanStatusText.Parse(status), total, processed),
            processed,
            total,
            failed,
            message,
            data ?? (type == ProgressType.Error ? new { reason = message } : null));
        return new NumberedEvent(progress, status, endedAt - reader.GetFieldValue<DateTimeOffset>(7));
    }

    private static void AddLockKey(NpgsqlParameterCollection parameters, Guid scanId)
    {
        parameters.AddWithValue("space", LockSpace);
        parameters.AddWithValue("job", scanId.GetHashCode());
    }
}
