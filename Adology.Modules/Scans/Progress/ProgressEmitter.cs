using System.Collections.Concurrent;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Metrics;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Adology.Modules.Scans.Progress;

/// <summary>
/// Sends a scan's events, numbered in the database (<see cref="ProgressNumbering"/>), one job at a time on this host.
/// PROGRESS is throttled per job and host (a leading event, then at most one every <see cref="ThrottleInterval"/>,
/// the latest counts always); nothing follows a final event, which every host then hears of as <see cref="ScanEnded"/>.
/// </summary>
internal sealed class ProgressEmitter(
    ProgressNumbering numbering,
    IProgressSink sink,
    ScanCancellation cancellation,
    IBus bus,
    PipelineMetrics metrics,
    TimeProvider clock,
    ILogger<ProgressEmitter> logger)
    : IScanProgress
{
    public static readonly TimeSpan ThrottleInterval = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<Guid, JobChannel> jobs = new();

    public async Task ReportAsync(Guid scanId, string type, object? data, CancellationToken cancellationToken)
    {
        var job = jobs.GetOrAdd(scanId, _ => new JobChannel());
        await job.Gate.WaitAsync(cancellationToken);
        try
        {
            await SendAsync(job, scanId, type, data, cancellationToken);
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

    public async Task ItemsFoundAsync(Guid scanId, IReadOnlyList<ScanFinding> items, CancellationToken cancellationToken)
    {
        var job = jobs.GetOrAdd(scanId, _ => new JobChannel());
        job.AddFound(items);
        await job.Gate.WaitAsync(cancellationToken);
        try
        {
            // Batches stored while an earlier event was being sent go out together, in one event: fewer, larger events
            // when the watchers read slowly. None is empty: a batch whose items an earlier holder took has nothing to send.
            var found = job.TakeFound();
            if (found.Count > 0)
            {
                await SendAsync(job, scanId, ProgressType.ItemFound, new { items = found }, cancellationToken);
            }
        }
        finally
        {
            job.Gate.Release();
        }
    }

    /// <summary>The scan has ended: its pending PROGRESS is dropped and this host keeps nothing of it.</summary>
    public void Forget(Guid scanId)
    {
        if (jobs.TryRemove(scanId, out var job))
        {
            job.End();
        }
    }

    /// <summary>Numbers and sends one event; the caller holds the job's gate.</summary>
    private async Task SendAsync(JobChannel job, Guid scanId, string type, object? data, CancellationToken cancellationToken)
    {
        if (job.Ended)
        {
            return;
        }

        if (type == ProgressType.Progress)
        {
            job.ProgressSentAt = clock.GetUtcNow();
        }

        var sent = await numbering.SendAsync(scanId, type, data, progress => sink.SendAsync(progress, cancellationToken), cancellationToken);
        if (sent is null)
        {
            // The scan ended, perhaps on another host: nothing more of it goes out from here.
            Forget(scanId);
        }
        else if (ProgressType.IsFinal(type))
        {
            Forget(scanId);
            cancellation.Forget(scanId);
            Ended(scanId, sent);
            await AnnounceEndAsync(new ScanEnded(scanId, sent.Status), cancellationToken);
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

    private async Task AnnounceEndAsync(ScanEnded ended, CancellationToken cancellationToken)
    {
        try
        {
            await bus.Publish(ended, cancellationToken);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The final event is out; other hosts then only stop a cancelled scan's work when they next look at its status.
            logger.LogWarning(exception, "Could not announce the end of scan {ScanId} to the other hosts", ended.ScanId);
        }
    }

    private void Ended(Guid scanId, NumberedEvent sent)
    {
        metrics.ScanEnded(sent.Status, sent.Age);
        logger.LogInformation("Scan {ScanId} ended {Status} after {Duration}", scanId, sent.Status, sent.Age);
    }
}
