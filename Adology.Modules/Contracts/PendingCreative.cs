namespace Adology.Modules.Contracts;

/// <summary>A staged item still to acquire, with what was gathered of it and the user whose scan it is.</summary>
public sealed record PendingCreative(Guid ScanId, int Ordinal, string Url, string? MetadataJson, Guid OwnerId);
