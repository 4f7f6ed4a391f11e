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
}
