using System.Diagnostics;

namespace Adology.Tests.Integration.Support;

/// <summary>Samples this process's working set every few milliseconds from its start: how far it grew at its highest.</summary>
internal sealed class PeakWorkingSet : IDisposable
{
    private readonly CancellationTokenSource sampling = new();
    private readonly long baseline = WorkingSet();
    private readonly Task<long> peak;

    private PeakWorkingSet() => peak = Task.Run(async () =>
    {
        var highest = baseline;
        while (!sampling.IsCancellationRequested)
        {
            highest = Math.Max(highest, WorkingSet());
            await Task.Delay(5, CancellationToken.None);
        }

        return highest;
    });

    public static PeakWorkingSet Start() => new();

    /// <summary>Stops sampling: the megabytes the working set grew by at its highest.</summary>
    public async Task<long> GrewByMegabytesAsync()
    {
        await sampling.CancelAsync();
        return (await peak - baseline) / 1_000_000;
    }

    public void Dispose() => sampling.Dispose();

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
