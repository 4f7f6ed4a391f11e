namespace Adology.Modules.Contracts;

/// <summary>The body of <c>POST /api/scans</c> and of the hub's <c>StartScan</c>.</summary>
public sealed record StartScanRequest(string? Brand, ScanSourceRequest? Source);
