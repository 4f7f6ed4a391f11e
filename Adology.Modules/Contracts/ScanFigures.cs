namespace Adology.Modules.Contracts;

/// <summary>The viewer's scans in figures, for the dashboard.</summary>
public sealed record ScanFigures(
    IReadOnlyDictionary<string, int> ScansByStatus, int Scans, int Brands, long FailedItems, DateTimeOffset? LastActivityAt);
