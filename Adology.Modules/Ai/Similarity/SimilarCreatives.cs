using Adology.Modules.Ai.Analysis;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.Models;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Similarity;

/// <summary>
/// Nearest neighbours by cosine over the brand's combined embeddings (<see cref="BrandVectors"/>), from the brand's
/// in-memory index as of its latest analysis; a cold or stale index is rebuilt from the catalogue first.
/// </summary>
internal sealed class SimilarCreatives(
    ICatalogue catalogue, ICreativeEnrichments enrichments, Analyses analyses, SimilarityIndexes indexes, LocalEmbeddings local)
    : ISimilarCreatives
{
    public async Task<IReadOnlyList<SimilarCreative>?> FindAsync(Guid creativeId, Viewer viewer, int k, CancellationToken cancellationToken)
    {
        if (await catalogue.LocateAsync(creativeId, cancellationToken) is not { } location || !viewer.CanSee(location.OwnerId))
        {
            return null;
        }

        var latest = await analyses.LatestAsync(location.OwnerId, location.Brand, cancellationToken);
        var index = await indexes.GetAsync(location.OwnerId, location.Brand, latest, token => BuildAsync(location, token), cancellationToken);
        if (!index.Contains(creativeId))
        {
            return [];
        }

        var nearest = index.Nearest(creativeId, k);
        var described = (await catalogue.DescribeAsync([.. nearest.Select(hit => hit.Id)], cancellationToken)).ToDictionary(found => found.Id);
        return [.. nearest.Where(hit => described.ContainsKey(hit.Id)).Select(hit =>
        {
            var found = described[hit.Id];
            return new SimilarCreative(hit.Id, Math.Round(hit.Score, 4), found.Sha256, found.Url, found.Headline, found.ThumbnailUrl);
        })];
    }

    private async Task<SimilarityIndex> BuildAsync(CreativeLocation location, CancellationToken cancellationToken)
    {
        var brand = await catalogue.ReadBrandAsync(location.OwnerId, location.Brand, cancellationToken);
        var vectors = BrandVectors.Of(brand, local.Text, await enrichments.ReadAsync(brand, cancellationToken));
        return new SimilarityIndex([.. vectors.Entries.Select(entry => brand[entry].Id)], vectors);
    }

    /// <summary>The index over the analysis's vectors, which it keeps (<see cref="SimilarityIndex(Guid[], IRows)"/>).</summary>
    public static SimilarityIndex Index(AnalysisResult result) =>
        new([.. result.Members.Select(member => member.CreativeId)], result.Vectors);
}
