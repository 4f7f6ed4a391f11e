using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// What a brand analysis reads: the scan, where it acquired what, the brand's whole catalogue, the previous scan, and
/// what the enriching phase's models read off the creatives.
/// </summary>
/// <param name="TextIsTermFrequencies">The text embeddings of the insights come from the local generator, so the brand's IDF applies.</param>
/// <param name="VisualHasColours">The visual embeddings of the insights come from the local generator, whose tail is a colour histogram.</param>
/// <param name="Enrichments">By creative id; a creative without is read from its insight alone.</param>
internal sealed record AnalysisInput(
    ScanWork Scan,
    IReadOnlyList<AcquiredUrl> ScanItems,
    IReadOnlyList<CatalogueEntry> Catalogue,
    PreviousScan? Previous,
    bool TextIsTermFrequencies,
    bool VisualHasColours,
    IReadOnlyDictionary<Guid, CreativeEnrichment>? Enrichments = null);

/// <summary>The brand's previous analysed scan and the creatives it saw.</summary>
internal sealed record PreviousScan(Guid ScanId, DateTimeOffset AnalyzedAt, IReadOnlySet<Guid> Sighted);

/// <summary>The analysis, which cluster each creative fell in (for the report), and the vectors (for the similarity index).</summary>
internal sealed record AnalysisResult(BrandAnalysis Analysis, IReadOnlyList<(Guid CreativeId, int Cluster)> Members, BrandVectors Vectors);

/// <summary>The analysis's tunable limits (<see cref="AiOptions"/>).</summary>
internal sealed record AnalyzerSettings(int NearDuplicateDistance, float MinimumSilhouette, float CopyDuplicateSimilarity)
{
    public static AnalyzerSettings From(AiOptions options) => new(options.NearDuplicateDistance, options.MinimumSilhouette, options.CopyDuplicateSimilarity);
}
