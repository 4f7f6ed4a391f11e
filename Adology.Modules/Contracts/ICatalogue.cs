namespace Adology.Modules.Contracts;

/// <summary>The committed catalogue of brands' creatives, one row per (owner, brand, content hash).</summary>
public interface ICatalogue
{
    /// <summary>The brand's creatives the viewer may see, newest first.</summary>
    Task<Page<CreativeView>> ListAsync(Viewer viewer, string brand, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The creatives a scan found new to its brand, by SHA-256 as ITEM_FOUND sends them (the caller checks the scan is the viewer's).</summary>
    Task<Page<FoundCreative>> FoundByScanAsync(Guid scanId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>How many creatives the viewer's catalogue holds.</summary>
    Task<long> CountAsync(Viewer viewer, CancellationToken cancellationToken);

    /// <summary>A small JPEG of the creative, or null when it does not exist or is not the viewer's.</summary>
    Task<byte[]?> ThumbnailAsync(Guid creativeId, Viewer viewer, CancellationToken cancellationToken);

    /// <summary>Every creative of one owner's brand, for the brand-wide analysis.</summary>
    Task<IReadOnlyList<CatalogueEntry>> ReadBrandAsync(Guid ownerId, string brand, CancellationToken cancellationToken);
}
