using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Scans.EventLog;

/// <summary>
/// Reads the log on a connection of its own per read, not one held for a reader's whole stream, so that long-lived
/// streams do not hold the pool's connections.
/// </summary>
internal sealed class ProgressLog(IServiceScopeFactory scopes, ProgressSignal signal, TimeProvider clock) : IProgressLog
{
    /// <summary>How long after a scan's end its final event may still be on its way to the log.</summary>
    public static readonly TimeSpan FinalEventGrace = TimeSpan.FromSeconds(30);

    private static readonly string Finals = $"'{ProgressType.Complete}', '{ProgressType.Error}', '{ProgressType.Cancelled}'";

    public async Task<ProgressLogSlice> ReadAfterAsync(Guid scanId, long afterSeq, int limit, CancellationToken cancellationToken)
    {
        // The two statements see the database at two moments: the scan is over only once the client has its last
        // numbered event, so a final event stored in between is read next time rather than lost.
        await using var scope = scopes.CreateAsyncScope();
        await using var command = await scope.ServiceProvider.GetRequiredService<AdologyDb>().CommandAsync(
            $"""
            SELECT seq, type, payload FROM scans.progress_events WHERE scan_id = @id AND seq > @after ORDER BY seq LIMIT @limit;
            SELECT s.status NOT IN ({ScanStatusText.SqlList(ScanStatusText.Unfinished)})
                AND (coalesce(s.completed_at, s.updated_at, '-infinity') < @settled
                     OR s.seq <= @after AND EXISTS (SELECT 1 FROM scans.progress_events AS f WHERE f.scan_id = s.id AND f.seq = s.seq AND f.type IN ({Finals})))
            FROM scans.scans AS s WHERE s.id = @id;
            """,
            cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        command.Parameters.AddWithValue("after", afterSeq);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("settled", clock.GetUtcNow() - FinalEventGrace);
        var events = new List<LoggedProgressEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new LoggedProgressEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        await reader.NextResultAsync(cancellationToken);
        var settled = !await reader.ReadAsync(cancellationToken) || reader.GetBoolean(0);
        return new ProgressLogSlice(events, events.Count == 0 && settled);
    }

    public Task WaitAsync(Guid scanId, TimeSpan timeout, CancellationToken cancellationToken) =>
        signal.WaitAsync(scanId, timeout, cancellationToken);

    public async Task<int> PurgeFinishedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var command = await scope.ServiceProvider.GetRequiredService<AdologyDb>().CommandAsync(
            $"""
            DELETE FROM scans.progress_events AS e USING scans.scans AS s
            WHERE e.scan_id = s.id AND s.status NOT IN ({ScanStatusText.SqlList(ScanStatusText.Unfinished)}) AND s.completed_at < @cutoff
            """,
            cancellationToken);
        command.Parameters.AddWithValue("cutoff", finishedBefore);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
