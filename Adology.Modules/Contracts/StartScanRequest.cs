namespace Adology.Modules.Contracts;

/// <summary>The body of <c>POST /api/scans</c> and of the hub's <c>StartScan</c>.</summary>
public sealed record StartScanRequest(string? Brand, ScanSourceRequest? Source);

/// <summary><c>{type:"demo",count}</c> or <c>{type:"feed",url}</c>.</summary>
public sealed record ScanSourceRequest(string? Type, int? Count, string? Url);
