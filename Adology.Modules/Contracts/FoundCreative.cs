namespace Adology.Modules.Contracts;

/// <summary>A creative a scan found new to its brand, as ITEM_FOUND and the scan's creatives list show it.</summary>
public sealed record FoundCreative(Guid Id, string Sha256, string Url, string? Headline, string ThumbnailUrl)
{
    public static string ThumbnailUrlOf(Guid id) => $"/api/creatives/{id}/thumbnail";
}
