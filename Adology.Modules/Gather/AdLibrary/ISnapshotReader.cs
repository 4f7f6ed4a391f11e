using Adology.Modules.Gather.Page;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>
/// Reads an ad's snapshot page (<c>ad_snapshot_url</c>) like a page, for its pictures. The static reader fetches
/// the HTML as it is served; a browser-backed reader (one that renders the page first) can replace it by
/// registering itself as the <see cref="ISnapshotReader"/>.
/// </summary>
internal interface ISnapshotReader
{
    /// <summary>The snapshot's pictures; a <see cref="Platform.Http.FetchFailedException"/> with the reason when it cannot be read.</summary>
    Task<PageExtraction> ReadAsync(Uri snapshotUrl, CancellationToken cancellationToken);
}
