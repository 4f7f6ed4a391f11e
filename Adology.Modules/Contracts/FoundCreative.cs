namespace Adology.Modules.Contracts;

/// <summary>
/// A creative of the catalogue in short: what the commit found new to the brand, and the similar creatives list.
/// </summary>
/// <param name="ThumbnailUrl">Its signed thumbnail URL (<see cref="IThumbnailLinks"/>).</param>
/// <param name="OnImageText">The text printed on its picture; null when not (yet) read.</param>
/// <param name="Labels">The vision model's labels, or null (<paramref name="LabelFailure"/> says why, when it failed).</param>
public sealed record FoundCreative(
    Guid Id, string Sha256, string Url, string? Headline, string ThumbnailUrl, string? OnImageText = null, CreativeLabels? Labels = null, string? LabelFailure = null)
{
    /// <summary>Its thumbnail's path; the API hands out the signed URL (<see cref="IThumbnailLinks.OfCreative"/>).</summary>
    public static string ThumbnailPathOf(Guid id) => $"/api/creatives/{id:D}/thumbnail";
}
