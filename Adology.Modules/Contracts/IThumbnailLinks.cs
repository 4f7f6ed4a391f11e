namespace Adology.Modules.Contracts;

/// <summary>
/// The short-lived signed URLs of thumbnails, which an &lt;img&gt; loads without a token: the API hands them out
/// only to whoever may see the picture, so holding an unexpired one is the permission.
/// </summary>
public interface IThumbnailLinks
{
    /// <summary>A committed creative's thumbnail, <c>/api/creatives/{id}/thumbnail?exp=…&amp;sig=…</c>.</summary>
    string OfCreative(Guid creativeId);

    /// <summary>A scan's acquired item's thumbnail, before its creative has a catalogue id: <c>/api/scans/{id}/items/{ordinal}/thumbnail?exp=…&amp;sig=…</c>.</summary>
    string OfScanItem(Guid scanId, int ordinal);

    /// <summary>Whether <paramref name="signature"/> signs <paramref name="path"/> (without its query) and <paramref name="expires"/> (unix seconds), and has not expired.</summary>
    ThumbnailLinkCheck Check(string path, string? expires, string? signature);
}
