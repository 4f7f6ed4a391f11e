namespace Adology.Modules.Contracts;

/// <summary>A staged item still to acquire, with what was gathered of it.</summary>
public sealed record PendingCreative(Guid ScanId, int Ordinal, string Url, string? MetadataJson);
