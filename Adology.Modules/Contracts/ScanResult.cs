using System.Globalization;

namespace Adology.Modules.Contracts;

/// <summary>
/// A creative a scan found new to its brand, as the scan's creatives list shows it: found while the scan acquires
/// (ITEM_FOUND), then, once committed, with its catalogue id, and once enriched, with its on-image text and labels.
/// </summary>
/// <param name="Id">Its catalogue id; null until the scan commits.</param>
/// <param name="Ordinal">The scan's first item that showed the picture.</param>
/// <param name="ThumbnailUrl">The catalogue's thumbnail once committed, the staged item's before: a signed URL (<see cref="IThumbnailLinks"/>).</param>
/// <param name="OnImageText">The text printed on its picture; null when not (yet) read.</param>
/// <param name="Labels">The vision model's labels, or null (<paramref name="LabelFailure"/> says why, when it failed).</param>
public sealed record ScanResult(
    Guid? Id,
    int Ordinal,
    string Sha256,
    string Url,
    string? Headline,
    string ThumbnailUrl,
    string? OnImageText = null,
    CreativeLabels? Labels = null,
    string? LabelFailure = null)
{
    /// <summary>The thumbnail's path of a scan's acquired item, before its creative has a catalogue id; the API hands out the signed URL (<see cref="IThumbnailLinks.OfScanItem"/>).</summary>
    public static string StagedThumbnailPathOf(Guid scanId, int ordinal) => string.Create(CultureInfo.InvariantCulture, $"/api/scans/{scanId:D}/items/{ordinal}/thumbnail");
}
