using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// The creatives of the pages one scan reads, in the order found: de-duplicated across pages, <c>data:</c>
/// pictures stored (see <see cref="InlinePictures"/>), pictures left out tallied, and no more than
/// <paramref name="maxItems"/> (more fails the scan rather than being cut silently).
/// </summary>
internal sealed class PageCollector(InlinePictures inline, int maxItems)
{
    private readonly List<GatheredCreative> creatives = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public IReadOnlyList<GatheredCreative> Creatives => creatives;

    public SkippedTally Skipped { get; } = new();

    public async Task AddAsync(PageExtraction page, CancellationToken cancellationToken)
    {
        foreach (var picture in page.Skipped)
        {
            Skipped.Add(picture.Reason);
        }

        foreach (var creative in page.Creatives)
        {
            await AddAsync(creative, creative.MetadataJson(), cancellationToken);
        }
    }

    /// <summary>Adds one picture with the metadata given (a source may describe a page's pictures its own way).</summary>
    public async Task AddAsync(PageCreative creative, string metadataJson, CancellationToken cancellationToken)
    {
        var url = creative.Url;
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var (stored, skip) = await inline.StoreAsync(url, cancellationToken);
            if (skip is not null)
            {
                Skipped.Add(skip);
                return;
            }

            url = stored!;
        }

        if (!seen.Add(url))
        {
            return;
        }

        if (creatives.Count == maxItems)
        {
            throw new GatherFailedException($"The pages hold more than {maxItems} pictures.");
        }

        creatives.Add(new GatheredCreative(url, metadataJson));
    }
}
