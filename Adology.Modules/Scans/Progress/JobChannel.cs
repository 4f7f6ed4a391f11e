using Adology.Modules.Contracts;

namespace Adology.Modules.Scans.Progress;

/// <summary>One job's place in the emitter: its send gate, its throttle and whether its final event went out.</summary>
internal sealed class JobChannel
{
    private readonly Lock sync = new();
    private readonly List<ScanFinding> found = [];
    private ITimer? pending;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset ProgressSentAt { get; set; } = DateTimeOffset.MinValue;

    public bool Ended { get; private set; }

    /// <summary>Schedules a throttled send, unless one is already pending or the job has ended.</summary>
    public void ScheduleOnce(TimeSpan delay, TimeProvider clock, Func<Task> send)
    {
        lock (sync)
        {
            if (pending is not null || Ended)
            {
                return;
            }

            pending = clock.CreateTimer(
                _ =>
                {
                    lock (sync)
                    {
                        pending?.Dispose();
                        pending = null;
                    }

                    _ = send();
                },
                null,
                delay,
                Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Keeps a batch's found items until an ITEM_FOUND takes them.</summary>
    public void AddFound(IEnumerable<ScanFinding> items)
    {
        lock (sync)
        {
            found.AddRange(items);
        }
    }

    /// <summary>The found items waiting to be sent, now taken.</summary>
    public List<ScanFinding> TakeFound()
    {
        lock (sync)
        {
            List<ScanFinding> taken = [.. found];
            found.Clear();
            return taken;
        }
    }

    public void End()
    {
        lock (sync)
        {
            Ended = true;
            pending?.Dispose();
            pending = null;
        }
    }
}
