namespace Adology.Modules.Contracts;

/// <summary>An item of ITEM_FOUND: a picture new to its scan and brand, as the acquire batch that stored it found it.</summary>
/// <param name="Ordinal">The scan's item the picture was first stored from.</param>
/// <param name="ThumbnailUrl">The staged item's signed thumbnail URL (<see cref="IThumbnailLinks.OfScanItem"/>): no catalogue id yet.</param>
public sealed record ScanFinding(int Ordinal, string Sha256, string Url, string? Headline, string ThumbnailUrl);
