using System.Runtime.InteropServices;

namespace Adology.Modules.Platform.Cpu;

/// <summary>
/// Dedicated threads, one per core and at a lower scheduling priority (nice 10), for CPU-heavy work:
/// decoding and hashing creatives, rendering demo images. Run on the thread pool, that work queued ahead
/// of everything else the host does — above all the live progress events, which then waited tens of
/// milliseconds; here the pool stays free and the kernel prefers its threads. The queue is bounded: work beyond it
/// waits to be queued (the acquire and enrich batches slow down) rather than piling up in memory. Queued work is taken
/// by owner in turn, so a user whose scan queued hundreds of large pictures does not hold back another user's.
/// </summary>
internal sealed class CpuWorkers : IWorkInProgress, IDisposable
{
    private const int Niceness = 10;

    /// <summary>Work items queued per worker thread at most.</summary>
    public const int QueuedPerWorker = 256;

    private readonly FairQueue<Action> work;
    private int running;

    public CpuWorkers()
        : this(Environment.ProcessorCount * QueuedPerWorker)
    {
    }

    public CpuWorkers(int queueLength)
    {
        work = new FairQueue<Action>(queueLength);
        for (var index = 0; index < Environment.ProcessorCount; index++)
        {
            new Thread(Run) { IsBackground = true, Name = $"cpu-worker-{index}" }.Start();
        }
    }

    /// <summary>
    /// Runs <paramref name="compute"/> on a worker, first waiting for room in the queue when it is full. A cancelled
    /// caller stops waiting even if the computation never ends: its consumer is released and the host can stop.
    /// </summary>
    public Task<T> RunAsync<T>(Func<T> compute, CancellationToken cancellationToken = default) =>
        RunAsync(compute, Guid.Empty, cancellationToken);

    /// <summary>Runs <paramref name="compute"/> as <see cref="RunAsync{T}(Func{T}, CancellationToken)"/> does, in <paramref name="owner"/>'s turn.</summary>
    public async Task<T> RunAsync<T>(Func<T> compute, Guid owner, CancellationToken cancellationToken)
    {
        var (item, result) = Item(compute);
        await work.WriteAsync(owner, item, cancellationToken);
        return await result.WaitAsync(cancellationToken);
    }

    /// <summary>Queues <paramref name="compute"/> unless the queue is full (then null): for work a stranger may ask for.</summary>
    public Task<T>? TryRun<T>(Func<T> compute)
    {
        var (item, result) = Item(compute);
        return work.TryWrite(Guid.Empty, item) ? result : null;
    }

    public string? Describe() =>
        Volatile.Read(ref running) is var busy and > 0 ? $"CPU workers: {busy} running, {work.Count} queued" : null;

    public void Dispose() => work.Complete(Environment.ProcessorCount);

    private static (Action Item, Task<T> Result) Item<T>(Func<T> compute)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        return (() =>
        {
            try
            {
                result.SetResult(compute());
            }
            catch (Exception exception)
            {
                result.SetException(exception);
            }
        }, result.Task);
    }

    private void Run()
    {
        LowerPriority();
        // A dedicated thread may block while it waits: that is what it is for.
        while (work.Take(out var item))
        {
            Interlocked.Increment(ref running);
            item();
            Interlocked.Decrement(ref running);
        }
    }

    private static void LowerPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            // On Linux a thread is a task with its own nice value; lowering it needs no privilege.
            _ = NativeMethods.setpriority(0, NativeMethods.gettid(), Niceness);
        }
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code; the signatures are blittable.
        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int gettid();

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int setpriority(int which, int who, int priority);
#pragma warning restore SYSLIB1054
    }
}
