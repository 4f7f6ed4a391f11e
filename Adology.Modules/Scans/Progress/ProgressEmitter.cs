using System.Collections.Concurrent;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Platform.Metrics;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adology.Modules.Scans.Progress;

/// <summary>
/// Numbers a scan's events in the database (<c>seq = seq + 1</c>, read back with the scan's figures) and
/// sends them one job at a time, so a job's events leave in <c>seq</c> order. PROGRESS is throttled per job
/// (a leading event, then at most one every <see cref="ThrottleInterval"/>); nothing follows a final event.
/// </summary>
internal sealed class ProgressEmitter(
    IServiceScopeFactory scopes, IProgressSink sink, ScanCancellation cancellation, PipelineMetrics metrics, TimeProvider clock, ILogger<ProgressEmitter> logger)
    : IScanProgress
{
    public static readonly TimeSpan ThrottleInterval = TimeSpan.FromMilliseconds(250);
    private const int ItemsPerEvent = 50;

    private readonly ConcurrentDictionary<Guid, JobChannel> jobs = new();

    public async Task ReportAsync(Guid scanId, string type, object? data, CancellationToken cancellationToken)
    {
        var job = jobs.GetOrAdd(scanId, _ => new JobChannel());
        await job.Gate.WaitAsync(cancellationToken);
        try
        {
            if (job.Ended)
            {
                return;
            }

            if (type == ProgressType.Progress)
            {
                job.ProgressSentAt = clock.GetUtcNow();
            }

            var progress = await NumberAsync(scanId, type, data, cancellationToken);
            if (progress is not null)
            {
                await sink.SendAsync(progress, cancellationToken);
            }

            if (ProgressType.IsFinal(type))
            {
                job.End();
                jobs.TryRemove(scanId, out _);
                cancellation.Forget(scanId);
            }
        }
        finally
        {
            job.Gate.Release();
        }
    }

    public void Moved(Guid scanId)
    {
        var job = jobs.GetOrAdd(scanId, _ => new JobChannel());
        var wait = job.ProgressSentAt + ThrottleInterval - clock.GetUtcNow();
        job.ScheduleOnce(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, () => SendThrottledAsync(scanId));
    }

    public async Task ItemsFoundAsync(Guid scanId, IReadOnlyList<FoundCreative> creatives, CancellationToken cancellationToken)
    {
        foreach (var batch in creatives.Chunk(ItemsPerEvent))
        {
            await ReportAsync(scanId, ProgressType.ItemFound, new { items = batch }, cancellationToken);
        }
    }

    private async Task SendThrottledAsync(Guid scanId)
    {
        try
        {
            await ReportAsync(scanId, ProgressType.Progress, null, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A lost PROGRESS is a gap the client heals by re-joining; it must not take the host down.
            logger.LogWarning(exception, "Could not send the progress of scan {ScanId}", scanId);
        }
    }

    private void Ended(Guid scanId, string status, TimeSpan duration)
    {
        metrics.ScanEnded(status, duration);
        logger.LogInformation("Scan {ScanId} ended {Status} after {Duration}", scanId, status, duration);
    }

    private async Task<ProgressEvent?> NumberAsync(Guid scanId, string type, object? data, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdologyDb>();
        await using var command = await db.CommandAsync(
            """
            UPDATE scans.scans SET seq = seq + 1 WHERE id = @id
            RETURNING seq, status, phase, total, acquired, failed, message, created_at, completed_at
            """,
            cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var status = ScanStatusText.Parse(reader.GetString(1));
        int? total = reader.IsDBNull(3) ? null : reader.GetInt32(3);
        var failed = reader.GetInt32(5);
        var processed = reader.GetInt32(4) + failed;
        var message = reader.IsDBNull(6) ? null : reader.GetString(6);
        if (ProgressType.IsFinal(type))
        {
            var endedAt = reader.IsDBNull(8) ? clock.GetUtcNow() : reader.GetFieldValue<DateTimeOffset>(8);
            Ended(scanId, reader.GetString(1), endedAt - reader.GetFieldValue<DateTimeOffset>(7));
        }

        return new ProgressEvent(
            type,
            scanId,
            reader.GetInt64(0),
            clock.GetUtcNow(),
            reader.GetString(2),
            ScanProgress.Percent(status, total, processed),
            processed,
            total,
            failed,
            message,
            data ?? (type == ProgressType.Error ? new { reason = message } : null));
    }
}
