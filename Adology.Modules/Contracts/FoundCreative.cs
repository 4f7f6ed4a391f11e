namespace Adology.Modules.Contracts;

/// <summary>
/// A creative a scan found new to its brand, as ITEM_FOUND and the scan's creatives list show it. ITEM_FOUND goes out
/// at the commit, before the enriching phase: only the list has the on-image text and the labels.
/// </summary>
/// <param name="OnImageText">The text printed on its picture; null when not (yet) read.</param>
/// <param name="Labels">The vision model's labels, or null (<paramref name="LabelFailure"/> says why, when it failed).</param>
public sealed record FoundCreative(
    Guid Id, string Sha256, string Url, string? Headline, string ThumbnailUrl, string? OnImageText = null, CreativeLabels? Labels = null, string? LabelFailure = null)
{
    public static string ThumbnailUrlOf(Guid id) => $"/api/creatives/{id}/thumbnail";
}
