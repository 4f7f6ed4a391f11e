namespace Adology.Modules.Contracts;

/// <summary>The scan is committed: run the brand-wide analysis.</summary>
public sealed record AnalyzeBrand(Guid ScanId);
