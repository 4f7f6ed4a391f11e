namespace Adology.Bench;

/// <summary>This process's resident memory from /proc: the peak (VmHWM) can be reset, so each measurement has its own.</summary>
internal static class ProcessMemory
{
    /// <summary>Resets the peak to the current working set and returns it.</summary>
    public static long ResetPeak()
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
        return Read("VmRSS:");
    }

    public static long Peak() => Read("VmHWM:");

    private static long Read(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").First(line => line.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0]) * 1024;
}
