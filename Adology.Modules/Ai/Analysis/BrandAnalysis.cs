namespace Adology.Modules.Ai.Analysis;

/// <summary>The stored result of a brand-wide analysis, as <c>GET /api/scans/{id}/analysis</c> returns it.</summary>
internal sealed record BrandAnalysis(
    Guid ScanId,
    string Brand,
    DateTimeOffset AnalyzedAt,
    int ScanItems,
    int ScanFailed,
    int Creatives,
    int NewCreatives,
    IReadOnlyList<ExactDuplicateGroup> ExactDuplicateGroups,
    IReadOnlyList<NearDuplicateGroup> NearDuplicateGroups,
    IReadOnlyDictionary<string, int> Platforms,
    IReadOnlyDictionary<string, int> Formats,
    string Summary);

/// <summary>The same bytes found at several URLs of the scan.</summary>
internal sealed record ExactDuplicateGroup(string Sha256, IReadOnlyList<string> Urls);

/// <summary>Distinct creatives of the brand whose perceptual hashes are within the distance limit of each other.</summary>
internal sealed record NearDuplicateGroup(IReadOnlyList<Guid> CreativeIds, int MaxDistance);
