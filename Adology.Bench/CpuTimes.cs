using System.Diagnostics;

namespace Adology.Bench;

/// <summary>CPU seconds used by the host, PostgreSQL and this process over an interval: where the time goes.</summary>
internal sealed record CpuTimes(double Host, double Postgres, double Bench)
{
    public static CpuTimes Read(int hostProcessId) => new(
        Seconds(Process.GetProcessById(hostProcessId)),
        Process.GetProcesses().Where(process => process.ProcessName.StartsWith("postgres", StringComparison.Ordinal)).Sum(Seconds),
        Seconds(Process.GetCurrentProcess()));

    public CpuTimes Since(CpuTimes start) => new(Host - start.Host, Postgres - start.Postgres, Bench - start.Bench);

    public override string ToString() => $"cpu: host {Host:F2} s, postgres {Postgres:F2} s, benchmark (feed server, clients) {Bench:F2} s";

    private static double Seconds(Process process)
    {
        try
        {
            return process.TotalProcessorTime.TotalSeconds;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }
}
