using System.Threading.Channels;
using Adology.Modules.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Acquire;

/// <summary>
/// Carries on the downloads a batch stopped waiting for (running longer than <see cref="AcquireOptions.SlowAfter"/>), so
/// a slow or hostile source (a tarpit answering a byte a second) holds neither a batch nor its download slots and other
/// users' scans pass. Each user has at most <see cref="AcquireOptions.SlowDownloadsPerUser"/> downloads here; while they
/// are all taken, the batches queue that user's next items here without trying them, and they start in turn. The items
/// stay pending in the database meanwhile, so after a restart the recovery resumes them. What finishes is recorded in
/// groups, as a batch records.
/// </summary>
internal sealed partial class SlowLane(
    IServiceScopeFactory scopes,
    CreativeAcquirer acquirer,
    IScanCancellation cancellation,
    IHostApplicationLifetime lifetime,
    IOptions<AcquireOptions> options,
    ILogger<SlowLane> logger)
    : BackgroundService
{
    /// <summary>Slow items finished about together are recorded together, up to this many in one database round trip.</summary>
    private const int RecordGroupSize = 100;

    /// <summary>How long a finished slow item waits for others to be recorded with.</summary>
    private static readonly TimeSpan RecordGroupWait = TimeSpan.FromMilliseconds(20);

    private readonly Lock gate = new();
    private readonly Dictionary<Guid, UserLane> lanes = [];
    private readonly HashSet<(Guid ScanId, int Ordinal)> held = [];
    private readonly Channel<FinishedItem> finished = Channel.CreateUnbounded<FinishedItem>();

    /// <summary>Whether the item is already here (a redelivered batch must not acquire it a second time).</summary>
    public bool Holds(PendingCreative item)
    {
        lock (gate)
        {
            return held.Contains((item.ScanId, item.Ordinal));
        }
    }

    /// <summary>Whether the user's slow downloads are all taken: their next items belong in the queue here.</summary>
    public bool IsFull(Guid ownerId)
    {
        lock (gate)
        {
            return lanes.TryGetValue(ownerId, out var lane) && (lane.Running >= options.Value.SlowDownloadsPerUser || lane.Waiting.Count > 0);
        }
    }

    /// <summary>Takes over a download a batch stopped waiting for; its outcome is recorded here.</summary>
    public void TakeOver(PendingCreative item, Task<ItemOutcome?> running)
    {
        lock (gate)
        {
            held.Add((item.ScanId, item.Ordinal));
            LaneOf(item.OwnerId).Running++;
        }

        _ = running.ContinueWith(done => Finish(item, done), TaskScheduler.Default);
    }

    /// <summary>Queues an item to start here in its user's turn.</summary>
    public void Queue(PendingCreative item)
    {
        lock (gate)
        {
            if (!held.Add((item.ScanId, item.Ordinal)))
            {
                return;
            }

            LaneOf(item.OwnerId).Waiting.Enqueue(item);
        }

        StartWaiting(item.OwnerId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await finished.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(RecordGroupWait, stoppingToken);
            var group = new List<FinishedItem>(RecordGroupSize);
            while (group.Count < RecordGroupSize && finished.Reader.TryRead(out var item))
            {
                group.Add(item);
            }

            await RecordAsync(group, stoppingToken);
        }
    }

    private async Task RecordAsync(List<FinishedItem> group, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var recorder = scope.ServiceProvider.GetRequiredService<AcquiredItemsRecorder>();
            await recorder.RecordAsync(group, scope.ServiceProvider.GetRequiredService<IPublishEndpoint>(), stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The items stay pending: the recovery of stuck scans publishes them again.
            LogNotRecorded(exception, group.Count);
        }
    }

    private void Finish(PendingCreative item, Task<ItemOutcome?> done)
    {
        if (done.IsCompletedSuccessfully && done.Result is { } outcome)
        {
            finished.Writer.TryWrite(new FinishedItem(item, outcome));
        }
        else if (done.IsFaulted)
        {
            LogFailed(done.Exception, item.ScanId, item.Ordinal);
        }

        lock (gate)
        {
            held.Remove((item.ScanId, item.Ordinal));
            LaneOf(item.OwnerId).Running--;
        }

        StartWaiting(item.OwnerId);
    }

    private void StartWaiting(Guid ownerId)
    {
        var starting = new List<PendingCreative>();
        lock (gate)
        {
            var lane = LaneOf(ownerId);
            while (lane.Running < options.Value.SlowDownloadsPerUser && lane.Waiting.TryDequeue(out var next))
            {
                lane.Running++;
                starting.Add(next);
            }

            if (lane.Running == 0 && lane.Waiting.Count == 0)
            {
                lanes.Remove(ownerId);
            }
        }

        foreach (var item in starting)
        {
            var running = cancellation.UnlessCancelledAsync(item.ScanId, work => acquirer.AcquireAsync(item, work), lifetime.ApplicationStopping);
            _ = running.ContinueWith(done => Finish(item, done), TaskScheduler.Default);
        }
    }

    private UserLane LaneOf(Guid ownerId)
    {
        if (!lanes.TryGetValue(ownerId, out var lane))
        {
            lane = new UserLane();
            lanes[ownerId] = lane;
        }

        return lane;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} items acquired in the slow lane could not be recorded; they stay pending")]
    private partial void LogNotRecorded(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Item {Ordinal} of scan {ScanId} failed in the slow lane; it stays pending")]
    private partial void LogFailed(Exception exception, Guid scanId, int ordinal);

    private sealed class UserLane
    {
        public int Running { get; set; }

        public Queue<PendingCreative> Waiting { get; } = new();
    }
}
