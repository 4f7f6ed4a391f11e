using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Feed;

/// <summary>An HTTP JSON feed paged with a cursor: <c>GET {url}?brand={brand}&amp;cursor={cursor}</c>.</summary>
internal sealed class FeedSource(SafeHttpClient http, IOptions<GatherOptions> options) : ICreativeSource
{
    public string Type => SourceTypes.Feed;

    public async Task<IReadOnlyList<GatheredCreative>> GatherAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        var budget = new FeedBudget(limits);
        var strings = OverlongStrings.LongerThan(new[] { limits.MaxMetadataFieldLength, limits.MaxMetadataBytes, limits.MaxCursorLength }.Max());
        var creatives = new List<GatheredCreative>();
        var seenCursors = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        for (var pageNumber = 1; ; pageNumber++)
        {
            if (pageNumber > limits.MaxPages)
            {
                throw new GatherFailedException($"The feed has more than {limits.MaxPages} pages.");
            }

            var (items, next) = await ReadPageAsync(PageUrl(scan, cursor), pageNumber, budget, strings, timeout.Token, cancellationToken);
            creatives.AddRange(items);

            if (next is null)
            {
                return creatives;
            }

            if (!seenCursors.Add(next))
            {
                throw new GatherFailedException($"The feed's page {pageNumber} repeats the cursor '{next}': it would never end.");
            }

            cursor = next;
        }
    }

    private async Task<(List<GatheredCreative> Items, string? NextCursor)> ReadPageAsync(
        Uri url, int pageNumber, FeedBudget budget, OverlongStrings strings, CancellationToken timeout, CancellationToken caller)
    {
        try
        {
            await using var page = await http.OpenAsync(url, timeout);
            return await FeedPageReader.ReadAsync(page.Body, pageNumber, budget, strings, timeout);
        }
        catch (FetchFailedException exception)
        {
            throw new GatherFailedException($"The feed's page {pageNumber} could not be fetched: {exception.Reason}.");
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            throw new GatherFailedException($"The feed's page {pageNumber} could not be fetched: {exception.Message}.");
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            throw new GatherFailedException($"The feed took longer than {options.Value.Timeout.TotalSeconds:0} s to list its creatives.");
        }
    }

    private static Uri PageUrl(ScanWork scan, string? cursor)
    {
        var feed = scan.Source.Url!;
        var separator = feed.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var query = $"brand={Uri.EscapeDataString(scan.Brand)}";
        if (cursor is not null)
        {
            query += $"&cursor={Uri.EscapeDataString(cursor)}";
        }

        return new Uri($"{feed}{separator}{query}");
    }
}
