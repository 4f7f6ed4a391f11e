namespace Adology.Modules.Contracts;

/// <summary>What the enriching phase stored of creatives, for the analysis, the catalogue's views and the report.</summary>
public interface ICreativeEnrichments
{
    /// <summary>The vision model that labels creatives (<c>Ai:Vision:Model</c>), or null when none is configured.</summary>
    string? LabelModel { get; }

    /// <summary>
    /// The enrichments of the given creatives, by creative id, with the current model versions; a creative with
    /// nothing stored is left out. Its copy is read from its metadata, as the enriching phase embedded it.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, CreativeEnrichment>> ReadAsync(IReadOnlyList<CatalogueEntry> creatives, CancellationToken cancellationToken);

    /// <summary>The on-image text and labels of pictures by content hash (no embeddings), for views and reports.</summary>
    Task<IReadOnlyDictionary<string, CreativeEnrichment>> DescribeAsync(IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken);

    /// <summary>Which of the given content hashes the vision model labelled with this product type.</summary>
    Task<IReadOnlyList<byte[]>> LabelledAsync(IReadOnlyList<byte[]> sha256s, string productType, CancellationToken cancellationToken);
}
