using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Adology.Modules.Platform.Cpu;

/// <summary>
/// Dedicated threads, one per core and at a lower scheduling priority (nice 10), for CPU-heavy work:
/// decoding and hashing creatives, rendering demo images. Run on the thread pool, that work queued ahead
/// of everything else the host does — above all the live progress events, which then waited tens of
/// milliseconds; here the pool stays free and the kernel prefers its threads.
/// </summary>
internal sealed class CpuWorkers : IDisposable
{
    private const int Niceness = 10;

    private readonly BlockingCollection<Action> work = [];

    public CpuWorkers()
    {
        for (var index = 0; index < Environment.ProcessorCount; index++)
        {
            new Thread(Run) { IsBackground = true, Name = $"cpu-worker-{index}" }.Start();
        }
    }

    public Task<T> RunAsync<T>(Func<T> compute)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        work.Add(() =>
        {
            try
            {
                result.SetResult(compute());
            }
            catch (Exception exception)
            {
                result.SetException(exception);
            }
        });
        return result.Task;
    }

    public void Dispose() => work.CompleteAdding();

    private void Run()
    {
        LowerPriority();
        foreach (var item in work.GetConsumingEnumerable())
        {
            item();
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
