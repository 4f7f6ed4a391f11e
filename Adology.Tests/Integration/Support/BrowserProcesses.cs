namespace Adology.Tests.Integration.Support;

/// <summary>The Chromium browser processes this test run started (the host's, through its Playwright driver), read from /proc.</summary>
internal static class BrowserProcesses
{
    /// <summary>Browser main processes below this process: named chromium, their parent not.</summary>
    public static IReadOnlyList<int> Running()
    {
        var parents = new Dictionary<int, int>();
        var names = new Dictionary<int, string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var pid) && Read(folder) is { } stat)
            {
                // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
                var close = stat.LastIndexOf(')');
                names[pid] = stat[(stat.IndexOf('(') + 1)..close];
                parents[pid] = int.Parse(stat[(close + 2)..].Split(' ')[1]);
            }
        }

        return [.. names.Where(entry => entry.Value == "chromium"
            && names.GetValueOrDefault(parents[entry.Key]) != "chromium"
            && Descends(entry.Key, Environment.ProcessId, parents)).Select(entry => entry.Key)];
    }

    private static bool Descends(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (var current = pid; parents.TryGetValue(current, out var parent) && parent > 1; current = parent)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Read(string folder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, "stat"));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
