namespace Adology.Modules.Contracts;

/// <summary>Where a scan acquired a creative, and its content hash: what the analysis needs of a scan's items.</summary>
public sealed record AcquiredUrl(string Url, byte[] Sha256);
