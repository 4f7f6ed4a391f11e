using Adology.Modules.Contracts;
using Adology.Modules.Gather.Page;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>
/// The ads a Meta Ad Library search finds, page by page (<c>paging.next</c>), up to <c>MaxAds</c>; each ad's
/// pictures read from its snapshot page (<see cref="ISnapshotReader"/>), each with the ad's copy, dates and
/// platforms. Ads that give no picture are counted in the scan's message.
/// </summary>
internal sealed class AdLibrarySource(
    AdsArchiveClient api,
    ISnapshotReader snapshots,
    InlinePictures inline,
    IScanLedger ledger,
    IOptions<AdLibraryOptions> options,
    IOptions<GatherOptions> gather)
    : ICreativeSource
{
    public string Type => SourceTypes.AdLibrary;

    /// <summary>Its <c>data:</c> pictures, stored by <see cref="InlinePictures"/>; a page's own <c>blob:</c> references are never passed on.</summary>
    public bool ListsStoredBlobs => true;

    public async Task<IReadOnlyList<GatheredCreative>> GatherAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var limits = gather.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        var collector = new PageCollector(inline, limits.MaxItems);
        var notes = new AdLibraryNotes();
        try
        {
            await ReadSearchAsync(AdsArchiveQuery.For(scan.Source, settings.BaseUrl, settings.PageSize), collector, notes, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GatherFailedException($"The ad library took longer than {limits.Timeout.TotalSeconds:0} s to list the ads.");
        }

        if (notes.Summary(collector.Skipped) is { } note)
        {
            await ledger.NoteAsync(scan.ScanId, note, cancellationToken);
        }

        return collector.Creatives;
    }

    private async Task ReadSearchAsync(Uri first, PageCollector collector, AdLibraryNotes notes, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Uri? next = first;
        for (var pageNumber = 1; next is not null; pageNumber++)
        {
            var page = await api.PageAsync(next, pageNumber, cancellationToken);
            var ads = page.Ads.Take(settings.MaxAds - notes.Ads).ToList();
            var pictures = await ReadSnapshotsAsync(ads, cancellationToken);
            for (var index = 0; index < ads.Count; index++)
            {
                await AddAsync(ads[index], pictures[index], collector, notes, cancellationToken);
            }

            next = NextPage(page.Next, first);
            if (notes.Ads >= settings.MaxAds && (next is not null || page.Ads.Count > ads.Count))
            {
                notes.StoppedAt = settings.MaxAds;
                return;
            }
        }
    }

    private async Task<SnapshotResult[]> ReadSnapshotsAsync(List<ArchivedAd> ads, CancellationToken cancellationToken)
    {
        var results = new SnapshotResult[ads.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.SnapshotConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, ads.Count), parallel, async (index, token) => results[index] = await ReadSnapshotAsync(ads[index], token));
        return results;
    }

    private async Task<SnapshotResult> ReadSnapshotAsync(ArchivedAd ad, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(ad.SnapshotUrl, UriKind.Absolute, out var url))
        {
            return new SnapshotResult(null, "ad without a snapshot URL");
        }

        try
        {
            return new SnapshotResult(await snapshots.ReadAsync(url, cancellationToken), null);
        }
        catch (FetchFailedException exception)
        {
            return new SnapshotResult(null, $"snapshot not read ({AccessTokens.Scrub(exception.Reason, options.Value.AccessToken)})");
        }
    }

    private static async Task AddAsync(ArchivedAd ad, SnapshotResult snapshot, PageCollector collector, AdLibraryNotes notes, CancellationToken cancellationToken)
    {
        notes.Ads++;
        if (snapshot.Failure is { } failure)
        {
            notes.Without(failure);
            return;
        }

        var page = snapshot.Page!;
        if (page.Creatives.Count == 0)
        {
            notes.Without("no picture in its snapshot");
        }

        foreach (var skipped in page.Skipped)
        {
            collector.Skipped.Add(skipped.Reason);
        }

        var snapshotUrl = AccessTokens.Without(new Uri(ad.SnapshotUrl!));
        foreach (var picture in page.Creatives)
        {
            await collector.AddAsync(picture, AdMetadata.Of(ad, picture, snapshotUrl), cancellationToken);
        }
    }

    /// <summary>
    /// The next page without the token the API put in it (it goes in a header), and only on the API's own origin:
    /// the header is never sent anywhere else.
    /// </summary>
    private static Uri? NextPage(Uri? next, Uri first)
    {
        if (next is null)
        {
            return null;
        }

        return Uri.Compare(next, first, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? AccessTokens.Without(next)
            : throw new GatherFailedException($"The ad library's next page is on another host ({next.Host}): not followed with the access token.");
    }
}
