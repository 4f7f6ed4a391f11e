namespace Adology.Modules.Contracts;

/// <summary>Every item of the scan is acquired or failed: move the results into the catalogue.</summary>
public sealed record CommitBrand(Guid ScanId);
