using Adology.Modules.Contracts;
using Adology.Modules.Gather.Page;
using Adology.Modules.Gather.Sources;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Browser;

/// <summary>
/// A page built by JavaScript: rendered and scrolled in the host's browser (see <see cref="PageRenderer"/>), then
/// read like a <c>page</c> source from the DOM the browser left, following <c>rel="next"</c> up to the asked pages.
/// The pictures left out are counted in the scan's message.
/// </summary>
internal sealed class BrowserSource(
    PageRenderer renderer,
    InlinePictures inline,
    IScanLedger ledger,
    IOptions<BrowserOptions> browser,
    IOptions<PageOptions> page,
    IOptions<GatherOptions> gather) : ICreativeSource
{
    public string Type => SourceTypes.Browser;

    public async Task<IReadOnlyList<GatheredCreative>> GatherAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var limit = gather.Value.Timeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var collector = new PageCollector(inline, gather.Value.MaxItems);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var maxPages = scan.Source.MaxPages ?? 1;
        var scrolls = scan.Source.Scrolls ?? browser.Value.DefaultScrolls;
        Uri? url = new(scan.Source.Url!);
        for (var pageNumber = 1; pageNumber <= maxPages && url is not null && visited.Add(url.AbsoluteUri); pageNumber++)
        {
            try
            {
                var rendered = await renderer.RenderAsync(url, scrolls, timeout.Token);
                var extraction = PageCreatives.Extract(rendered.Html, rendered.Url, page.Value.MinPictureSize);
                await collector.AddAsync(extraction, timeout.Token);
                url = extraction.NextPage;
            }
            catch (RenderFailedException exception)
            {
                throw new GatherFailedException($"Page {pageNumber} ({url}) {exception.Message}.");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new GatherFailedException($"Rendering the pages took longer than {limit.TotalSeconds:0} s.");
            }
        }

        if (collector.Skipped.Summary() is { } skipped)
        {
            await ledger.NoteAsync(scan.ScanId, $"Gathering {skipped}.", cancellationToken);
        }

        return collector.Creatives;
    }
}
