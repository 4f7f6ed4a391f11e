using System.Globalization;

namespace Adology.Bench;

/// <summary>What /proc tells of a process: its resident memory now, and this process's open-files limit (which the host it starts inherits).</summary>
internal static class ProcFs
{
    public static long ResidentBytes(int processId) =>
        long.Parse(File.ReadLines($"/proc/{processId}/status").First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;

    /// <summary>The soft RLIMIT_NOFILE ("Max open files" of /proc/self/limits); long.MaxValue when unlimited.</summary>
    public static long OpenFilesLimit()
    {
        var soft = File.ReadLines("/proc/self/limits").First(line => line.StartsWith("Max open files", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];
        return soft == "unlimited" ? long.MaxValue : long.Parse(soft, CultureInfo.InvariantCulture);
    }
}
