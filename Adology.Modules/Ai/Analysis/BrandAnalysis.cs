using Adology.Modules.Ai.Colours;

namespace Adology.Modules.Ai.Analysis;

/// <summary>The stored result of a brand-wide analysis, as <c>GET /api/scans/{id}/analysis</c> returns it.</summary>
/// <param name="Creatives">Distinct creatives of the brand's catalogue, all scans together.</param>
/// <param name="NewCreatives">Creatives this scan saw first.</param>
/// <param name="SummarySource"><c>template</c>, or <c>model</c> when the configured chat model wrote it.</param>
internal sealed record BrandAnalysis(
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
    string SummarySource);

/// <summary>The same bytes found at several URLs of the scan.</summary>
internal sealed record ExactDuplicateGroup(string Sha256, IReadOnlyList<string> Urls);

/// <summary>Distinct creatives of the brand whose perceptual hashes are within the distance limit of each other.</summary>
internal sealed record NearDuplicateGroup(IReadOnlyList<Guid> CreativeIds, int MaxDistance);

/// <summary>
/// Creatives that look and read alike. Numbered from 0 by size; <paramref name="Themes"/> are the words frequent in
/// its copy and rare elsewhere; <paramref name="Examples"/> the members nearest its centre. Every member is listed
/// by <c>GET /api/scans/{id}/report</c> (clusters sheet).
/// </summary>
internal sealed record CreativeCluster(int Cluster, int Size, double Share, IReadOnlyList<string> Themes, IReadOnlyList<NamedColour> Colours, IReadOnlyList<Guid> Examples);

/// <summary>
/// What changed since the brand's previous completed scan (none: everything is new): creatives first seen now,
/// seen before but not in the previous scan (returning), and in the previous scan but not in this one (gone).
/// Id lists are capped at <see cref="ListedIds"/>; the counts are not.
/// </summary>
internal sealed record ScanChanges(
    Guid? PreviousScanId,
    DateTimeOffset? PreviousScanAt,
    int New,
    int Returning,
    int Gone,
    IReadOnlyList<Guid> NewIds,
    IReadOnlyList<Guid> GoneIds)
{
    public const int ListedIds = 100;
}

/// <summary>What the brand's copy says, counted over its creatives.</summary>
internal sealed record CopyFigures(
    IReadOnlyDictionary<string, int> CallsToAction,
    IReadOnlyDictionary<string, int> Languages,
    int WithPrices,
    int WithDiscounts,
    int Flagged,
    IReadOnlyDictionary<string, int> Flags);
