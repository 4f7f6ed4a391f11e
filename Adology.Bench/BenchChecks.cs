using System.Text.Json;

namespace Adology.Bench;

/// <summary>
/// What a benchmark must have seen before it may print its result line: each answer is null when all is well, else
/// what was missing. Pure functions of what the benchmark observed (the tests compile this file too).
/// </summary>
internal static class BenchChecks
{
    /// <summary>The scan as the API shows it must have completed with every item processed and none failed.</summary>
    public static string? ScanProblem(string name, JsonElement scan, int items)
    {
        var status = scan.GetProperty("status").GetString();
        var processed = scan.GetProperty("processed").GetInt32();
        var failed = scan.GetProperty("failed").GetInt32();
        var message = scan.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String ? $": {text.GetString()}" : "";
        return (status, processed, failed) == ("completed", items, 0)
            ? null
            : $"the {name} scan {scan.GetProperty("id")} did not complete: status {status}, {processed} of {items} items processed, {failed} failed{message}";
    }

    /// <summary>Every watcher of every scan must have received the scan's COMPLETE.</summary>
    public static string? MissingCompletes(IReadOnlyList<Guid> scanIds, Func<Guid, int> completesOf, int watchersPerScan)
    {
        var missing = scanIds
            .Select(scanId => (scanId, Missing: watchersPerScan - completesOf(scanId)))
            .Where(scan => scan.Missing > 0)
            .Select(scan => $"{scan.scanId} ({scan.Missing} of {watchersPerScan} watchers)")
            .ToList();
        return missing.Count == 0 ? null : $"COMPLETE events missing for {missing.Count} of {scanIds.Count} scans: {string.Join(", ", missing)}";
    }

    /// <summary>The host's analysis duration must have been read from its metrics.</summary>
    public static string? MissingMetric(string name, double value) =>
        double.IsNaN(value) ? $"{name} never appeared in the host's /metrics" : null;

    /// <summary>Each connection is a descriptor in the benchmark and one in the host (both under this limit), beside their other files.</summary>
    public static string? OpenFilesProblem(int connections, long openFilesLimit, int otherFiles = 1_000) =>
        openFilesLimit >= (long)connections + otherFiles
            ? null
            : $"{connections} connections need an open-files limit of at least {connections + otherFiles} in both the benchmark and the host; "
              + $"this one is {openFilesLimit} (bench.sh raises ulimit -n only as far as the hard limit, ulimit -Hn, allows)";

    /// <summary>Every connection made must still be open after being held.</summary>
    public static string? ConnectionsNotHeld(int connections, int open, IEnumerable<string> closedBecause) =>
        open == connections
            ? null
            : $"{connections - open} of {connections} connections were not held; the first reasons: {string.Join("; ", closedBecause.Distinct().Take(3))}";

    /// <summary>Every watcher of the broadcast's job must have received its one event.</summary>
    public static string? MissingBroadcast(string type, int watchers, int received) =>
        received >= watchers ? null : $"{type} reached {received} of its {watchers} watchers";

    /// <summary>
    /// Why a soak scan counts as lost, null when it does not: it vanished, failed, or completed without every item
    /// processed or with failures beyond the ones its source made (cancelled and unfinished scans are not lost).
    /// </summary>
    public static string? SoakLoss(Guid scanId, JsonElement? scan, int items, int failing)
    {
        if (scan is not { } found)
        {
            return $"{scanId} vanished";
        }

        var (total, processed, failed) = (found.GetProperty("total"), found.GetProperty("processed").GetInt32(), found.GetProperty("failed").GetInt32());
        return found.GetProperty("status").GetString() switch
        {
            "completed" when total.ValueKind == JsonValueKind.Number && (total.GetInt32(), processed, failed) == (items, items, failing) => null,
            "completed" => $"{scanId} completed with {processed} of {items} items processed and {failed} failed where the source failed {failing}",
            "failed" => $"{scanId} failed: {found.GetProperty("message")}",
            _ => null,
        };
    }

    /// <summary>Why a soak scan counts as stuck, null when it has ended (completed, failed or cancelled).</summary>
    public static string? SoakStuck(Guid scanId, JsonElement scan) =>
        scan.GetProperty("status").GetString() is "completed" or "failed" or "cancelled"
            ? null
            : $"{scanId} still {scan.GetProperty("status").GetString()} with {scan.GetProperty("processed").GetInt32()} processed";

    /// <summary>A soak must have started scans on the host it killed and on the restarted one, else it measured no recovery.</summary>
    public static string? SoakRunProblem(int scansBeforeKill, int scansAfterRestart) => (scansBeforeKill, scansAfterRestart) switch
    {
        (0, _) => "no scan was started before the host was killed",
        (_, 0) => "no scan was started on the restarted host",
        _ => null,
    };
}
