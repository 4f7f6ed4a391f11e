using System.Collections.Concurrent;
using Adology.Modules.Platform.Cpu;

namespace Adology.Tests.Unit.Platform.Cpu;

/// <summary>The CPU workers' queue, held full by work that waits on a gate the test opens.</summary>
public sealed class CpuWorkersTests
{
    private const int QueueLength = 4;

    [Test]
    public async Task A_full_queue_refuses_work_offered_with_try_run()
    {
        using var gate = new ManualResetEventSlim();
        using var workers = new CpuWorkers(QueueLength);
        var held = Fill(workers, gate);

        var refused = workers.TryRun(() => 1);
        gate.Set();
        await Task.WhenAll(held);

        Assert.That(refused, Is.Null);
    }

    [Test]
    public async Task Run_waits_for_room_in_a_full_queue_then_runs()
    {
        using var gate = new ManualResetEventSlim();
        using var workers = new CpuWorkers(QueueLength);
        var held = Fill(workers, gate);

        var waiting = workers.RunAsync(() => 42);
        await Task.Delay(100);
        var ranWhileFull = waiting.IsCompleted;
        gate.Set();

        Assert.Multiple(async () =>
        {
            Assert.That(ranWhileFull, Is.False);
            Assert.That(await waiting, Is.EqualTo(42));
            Assert.That(await Task.WhenAll(held), Has.Length.EqualTo(held.Count));
        });
    }

    [Test]
    public async Task Queued_work_is_taken_by_owner_in_turn_so_one_owners_backlog_does_not_hold_back_another()
    {
        using var gate = new ManualResetEventSlim();
        using var anotherRan = new ManualResetEventSlim();
        using var workers = new CpuWorkers(100);
        var busy = Fill(workers, gate, queued: 0);
        var order = new ConcurrentQueue<string>();
        // Each of A's items holds its worker until B's has run (or 10 s passed): taken in turn, B's item is the second
        // taken, by a worker the first A item does not hold, so B runs first however the kernel schedules the workers.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var backlog = Enumerable.Range(0, 20).Select(_ => workers.RunAsync(
            () =>
            {
                anotherRan.Wait(Remaining(deadline));
                return Record(order, "A");
            },
            Guid.Parse("aaaaaaaa-0000-0000-0000-000000000000"),
            CancellationToken.None)).ToList();
        var another = workers.RunAsync(
            () =>
            {
                var recorded = Record(order, "B");
                anotherRan.Set();
                return recorded;
            },
            Guid.Parse("bbbbbbbb-0000-0000-0000-000000000000"),
            CancellationToken.None);

        gate.Set();
        await Task.WhenAll([.. busy, .. backlog, another]);

        Assert.That(order.ToList().IndexOf("B"), Is.EqualTo(Environment.ProcessorCount > 1 ? 0 : 1), string.Join(",", order));
    }

    private static TimeSpan Remaining(DateTime deadline) =>
        deadline - DateTime.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.Zero;

    private static int Record(ConcurrentQueue<string> order, string owner)
    {
        order.Enqueue(owner);
        return 0;
    }

    [Test]
    public async Task A_cancelled_caller_stops_waiting_for_a_computation_that_does_not_end()
    {
        using var gate = new ManualResetEventSlim();
        using var workers = new CpuWorkers(QueueLength);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var stuck = workers.RunAsync(() => gate.Wait(TimeSpan.FromSeconds(30)), cancellation.Token);
        var released = await Task.WhenAny(stuck, Task.Delay(TimeSpan.FromSeconds(10))) == stuck;
        gate.Set();

        Assert.That(released, Is.True, "the caller was released when its token was cancelled");
        Assert.That(stuck.IsCanceled, Is.True);
    }

    [Test]
    public async Task Describe_counts_the_computations_running_for_a_forced_shutdown_log()
    {
        using var gate = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        using var workers = new CpuWorkers(QueueLength);
        var idle = workers.Describe();

        var running = workers.RunAsync(() =>
        {
            started.Set();
            return gate.Wait(TimeSpan.FromSeconds(30));
        });
        Assert.That(started.Wait(TimeSpan.FromSeconds(10)), Is.True);
        var busy = workers.Describe();
        gate.Set();
        await running;

        Assert.That((idle, busy), Is.EqualTo(((string?)null, "CPU workers: 1 running, 0 queued")));
    }

    /// <summary>Every worker thread busy on the gate, and the queue behind them full.</summary>
    private static List<Task<int>> Fill(CpuWorkers workers, ManualResetEventSlim gate, int queued = QueueLength)
    {
        var held = new List<Task<int>>();
        using var started = new CountdownEvent(Environment.ProcessorCount);
        for (var i = 0; i < Environment.ProcessorCount; i++)
        {
            held.Add(workers.TryRun(() =>
            {
                started.Signal();
                gate.Wait();
                return 0;
            })!);
        }

        Assert.That(started.Wait(TimeSpan.FromSeconds(10)), Is.True, "every worker took its item");
        for (var i = 0; i < queued; i++)
        {
            held.Add(workers.TryRun(() => 0) ?? throw new AssertionException($"queue refused item {i} of {queued}"));
        }

        return held;
    }
}
