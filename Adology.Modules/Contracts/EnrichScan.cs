namespace Adology.Modules.Contracts;

/// <summary>The scan is committed: read its creatives with the local models (and the vision model), then analyse the brand.</summary>
public sealed record EnrichScan(Guid ScanId);
