namespace Adology.Modules.Contracts;

/// <summary>The committed catalogue of brands' creatives, one row per (owner, brand, content hash).</summary>
public interface ICatalogue
{
    /// <summary>The brand's creatives the viewer may see, newest first.</summary>
    Task<Page<CreativeView>> ListAsync(Viewer viewer, string brand, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Every creative of one owner's brand, for the brand-wide analysis.</summary>
    Task<IReadOnlyList<CatalogueEntry>> ReadBrandAsync(Guid ownerId, string brand, CancellationToken cancellationToken);
}
