using System.Runtime.CompilerServices;
using Adology.Modules.Contracts;

namespace Adology.Modules.Reports;

/// <summary>The catalogue's creatives with their on-image text and labels, looked up a page at a time as they stream.</summary>
internal static class EnrichedCreatives
{
    private const int PageSize = 500;

    public static async IAsyncEnumerable<SnapshotCreative> ReadAsync(
        IAsyncEnumerable<SnapshotCreative> creatives, ICreativeEnrichments enrichments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = new List<SnapshotCreative>(PageSize);
        await foreach (var creative in creatives.WithCancellation(cancellationToken))
        {
            page.Add(creative);
            if (page.Count == PageSize)
            {
                foreach (var enriched in await EnrichAsync(page, enrichments, cancellationToken))
                {
                    yield return enriched;
                }

                page.Clear();
            }
        }

        foreach (var enriched in await EnrichAsync(page, enrichments, cancellationToken))
        {
            yield return enriched;
        }
    }

    private static async Task<IEnumerable<SnapshotCreative>> EnrichAsync(
        List<SnapshotCreative> page, ICreativeEnrichments enrichments, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var found = await enrichments.DescribeAsync([.. page.Select(creative => Convert.FromHexString(creative.Sha256))], cancellationToken);
        return [.. page.Select(creative => found.GetValueOrDefault(creative.Sha256) is { } enrichment
            ? creative with { OnImageText = enrichment.OnImageText, Labels = enrichment.Labels, LabelFailure = enrichment.LabelFailure }
            : creative)];
    }
}
