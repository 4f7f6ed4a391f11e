using Adology.Modules.Gather.AdLibrary;
using Adology.Modules.Gather.Page;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Browser;

/// <summary>
/// Reads an ad's snapshot page after the browser rendered it (the Ad Library builds its snapshots with
/// JavaScript); on a host without Chromium, as served (<see cref="StaticSnapshotReader"/>).
/// </summary>
internal sealed class BrowserSnapshotReader(
    PageRenderer renderer, StaticSnapshotReader served, IOptions<BrowserOptions> browser, IOptions<PageOptions> page) : ISnapshotReader
{
    public async Task<PageExtraction> ReadAsync(Uri snapshotUrl, CancellationToken cancellationToken)
    {
        if (!File.Exists(browser.Value.ExecutablePath))
        {
            return await served.ReadAsync(snapshotUrl, cancellationToken);
        }

        try
        {
            // A snapshot shows one ad: nothing further down to load.
            var rendered = await renderer.RenderAsync(snapshotUrl, scrolls: 0, cancellationToken);
            return PageCreatives.Extract(rendered.Html, rendered.Url, page.Value.MinPictureSize);
        }
        catch (RenderFailedException exception)
        {
            throw new FetchFailedException(exception.FetchFailure ?? exception.Message, transient: false);
        }
    }
}
