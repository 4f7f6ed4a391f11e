using Adology.Modules.Gather.Page;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>Reads a snapshot page's HTML as served, without running its scripts.</summary>
internal sealed class StaticSnapshotReader(StaticPageReader reader, IOptions<PageOptions> options) : ISnapshotReader
{
    public async Task<PageExtraction> ReadAsync(Uri snapshotUrl, CancellationToken cancellationToken)
    {
        var (document, url) = await reader.ReadAsync(snapshotUrl, cancellationToken);
        using (document)
        {
            return PageCreatives.Extract(document, url, options.Value.MinPictureSize);
        }
    }
}
