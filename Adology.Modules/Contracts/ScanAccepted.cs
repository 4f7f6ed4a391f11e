namespace Adology.Modules.Contracts;

/// <summary>The answer to a started scan: it runs in the background from here.</summary>
public sealed record ScanAccepted(Guid RequestId, string Status, string Message);
