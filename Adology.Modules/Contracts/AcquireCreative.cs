namespace Adology.Modules.Contracts;

/// <summary>Download, store and fingerprint one staged creative of a scan.</summary>
public sealed record AcquireCreative(Guid ScanId, int Ordinal, string Url);
