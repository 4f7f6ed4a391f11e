using System.Text.Json.Serialization;

namespace Adology.Modules.Contracts;

/// <summary>
/// The brand-wide analysis of a scan, as it is stored and as <c>GET /api/scans/{id}/analysis</c> returns it (the
/// same JSON: camelCase names, dictionaries keyed as counted).
/// </summary>
/// <param name="ScanItems">Items the scan gathered.</param>
/// <param name="ScanFailed">Items of the scan that could not be acquired.</param>
/// <param name="Creatives">Distinct creatives of the brand's catalogue, all scans together.</param>
/// <param name="NewCreatives">Creatives this scan saw first.</param>
/// <param name="DominantColours">The brand's largest colours first; empty when the visual embeddings carry no colours.</param>
/// <param name="Platforms">Creatives by the <c>platform</c> of their metadata (<c>unknown</c> without one).</param>
/// <param name="Formats">Creatives by media type.</param>
/// <param name="Sizes">Creatives by <c>WxH</c>, the most common sizes and the rest as <c>other</c>.</param>
/// <param name="SummarySource"><c>template</c>, or <c>model</c> when the configured chat model wrote it.</param>
/// <param name="CopyDuplicateGroups">Creatives whose copy says nearly the same; null in analyses stored before they were grouped.</param>
/// <param name="ThumbnailUrls">
/// Signed thumbnail URLs (<see cref="IThumbnailLinks"/>) by creative id, of every cluster's examples and the first
/// <see cref="NearDuplicateGroup.ShownMembers"/> of each near-duplicate group: added as the API returns it, never stored.
/// </param>
public sealed record BrandAnalysis(
    Guid ScanId,
    string Brand,
    DateTimeOffset AnalyzedAt,
    int ScanItems,
    int ScanFailed,
    int Creatives,
    int NewCreatives,
    ScanChanges Changes,
    IReadOnlyList<ExactDuplicateGroup> ExactDuplicateGroups,
    IReadOnlyList<NearDuplicateGroup> NearDuplicateGroups,
    IReadOnlyList<CreativeCluster> Clusters,
    IReadOnlyList<NamedColour> DominantColours,
    IReadOnlyDictionary<string, int> Platforms,
    IReadOnlyDictionary<string, int> Formats,
    IReadOnlyDictionary<string, int> Sizes,
    CopyFigures Copy,
    string Summary,
    string SummarySource,
    IReadOnlyList<CopyDuplicateGroup>? CopyDuplicateGroups = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<Guid, string>? ThumbnailUrls = null);
