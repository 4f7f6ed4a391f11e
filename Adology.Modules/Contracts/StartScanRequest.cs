namespace Adology.Modules.Contracts;

/// <summary>The body of <c>POST /api/scans</c> and of the hub's <c>StartScan</c>.</summary>
/// <param name="Watch">Terms to watch for in the scan's creatives, besides the user's saved watch list; see docs/API.md.</param>
public sealed record StartScanRequest(string? Brand, ScanSourceRequest? Source, IReadOnlyList<string>? Watch = null);
