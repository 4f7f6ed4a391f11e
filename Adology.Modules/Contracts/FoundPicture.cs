namespace Adology.Modules.Contracts;

/// <summary>A picture an acquire batch stored for a scan, as ITEM_FOUND shows it while the scan acquires.</summary>
/// <param name="Sha256">Its content hash: the same picture at two URLs of a scan is one result.</param>
/// <param name="Headline">Its copy's headline (<see cref="AdCopy"/>).</param>
public sealed record FoundPicture(Guid ScanId, int Ordinal, string Url, byte[] Sha256, string? Headline);
