namespace Adology.Modules.Contracts;

/// <summary>The committed catalogue of brands' creatives, one row per (owner, brand, content hash).</summary>
public interface ICatalogue
{
    /// <summary>The creatives the viewer may see that pass the filter, in the filter's order.</summary>
    Task<Page<CreativeView>> SearchAsync(Viewer viewer, CreativeFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Which of the given content hashes the owner's brand already holds, as lower-case hex.</summary>
    Task<IReadOnlySet<string>> KnownAsync(Guid ownerId, string brand, IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken);

    /// <summary>How many creatives the viewer's catalogue holds.</summary>
    Task<long> CountAsync(Viewer viewer, CancellationToken cancellationToken);

    /// <summary>A small JPEG of the creative, or null when it does not exist or is not the viewer's.</summary>
    Task<byte[]?> ThumbnailAsync(Guid creativeId, Viewer viewer, CancellationToken cancellationToken);

    /// <summary>Whose brand the creative belongs to, or null when it does not exist.</summary>
    Task<CreativeLocation?> LocateAsync(Guid creativeId, CancellationToken cancellationToken);

    /// <summary>The creatives of the ids (id, content hash, URL, headline, thumbnail), in the order given; unknown ids are left out.</summary>
    Task<IReadOnlyList<FoundCreative>> DescribeAsync(IReadOnlyList<Guid> creativeIds, CancellationToken cancellationToken);

    /// <summary>The creatives a scan saw (its sightings).</summary>
    Task<IReadOnlySet<Guid>> SightedInAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>Every creative of one owner's brand, for the brand-wide analysis, its insight as stored (<see cref="CatalogueEntry.Stored"/>).</summary>
    Task<IReadOnlyList<CatalogueEntry>> ReadBrandAsync(Guid ownerId, string brand, CancellationToken cancellationToken);

    /// <summary>
    /// Stores on the owner's creatives of the brand with these content hashes the text on their pictures (which search
    /// reads) and adds the flags it earned (the enriching phase reads it after the commit); flags already there stay.
    /// </summary>
    Task AddPictureTextsAsync(Guid ownerId, string brand, IReadOnlyList<PictureReading> texts, CancellationToken cancellationToken);
}
