using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// An HTML page whose pictures are the creatives, and the pages its <c>rel="next"</c> leads to, up to the
/// scan's <c>maxPages</c> (default 1). The pictures left out are counted in the scan's message.
/// </summary>
internal sealed class PageSource(
    StaticPageReader reader, InlinePictures inline, IScanLedger ledger, IOptions<GatherOptions> gather, IOptions<PageOptions> options)
    : ICreativeSource
{
    public string Type => SourceTypes.Page;

    /// <summary>Its <c>data:</c> pictures, stored by <see cref="InlinePictures"/>; a page's own <c>blob:</c> references are never passed on.</summary>
    public bool ListsStoredBlobs => true;

    public async Task<IReadOnlyList<GatheredCreative>> GatherAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var limits = gather.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        var collector = new PageCollector(inline, limits.MaxItems);
        try
        {
            await ReadPagesAsync(new Uri(scan.Source.Url!), scan.Source.MaxPages ?? 1, collector, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GatherFailedException($"The pages took longer than {limits.Timeout.TotalSeconds:0} s to read.");
        }

        if (collector.Skipped.Summary() is { } skipped)
        {
            await ledger.NoteAsync(scan.ScanId, $"Gathering {skipped}.", cancellationToken);
        }

        return collector.Creatives;
    }

    private async Task ReadPagesAsync(Uri first, int maxPages, PageCollector collector, CancellationToken cancellationToken)
    {
        var visited = new HashSet<Uri>();
        Uri? next = first;
        for (var number = 1; number <= maxPages && next is not null && visited.Add(next); number++)
        {
            var (document, url) = await FetchAsync(next, number, cancellationToken);
            using (document)
            {
                var page = PageCreatives.Extract(document, url, options.Value.MinPictureSize);
                await collector.AddAsync(page, cancellationToken);
                next = page.NextPage;
            }
        }
    }

    private async Task<(AngleSharp.Html.Dom.IHtmlDocument, Uri)> FetchAsync(Uri url, int number, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(url, cancellationToken);
        }
        catch (FetchFailedException exception)
        {
            throw new GatherFailedException($"Page {number} ({url}) could not be read: {exception.Reason}.");
        }
    }
}
