namespace Adology.Modules.Contracts;

/// <summary>A scan was accepted and waits for its creatives to be gathered.</summary>
public sealed record ScanRequested(Guid ScanId);
