using System.Text.Json;
using Adology.Modules.Commit.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NpgsqlTypes;

namespace Adology.Modules.Commit;

internal sealed class Catalogue(
    AdologyDb db, Thumbnails thumbnails, ICreativeEnrichments enrichments, IAnalyses analyses, IThumbnailLinks thumbnailLinks, IOptions<SearchOptions> options) : ICatalogue
{
    /// <summary>The text search configuration of the catalogue's index (<see cref="CatalogueConfiguration.SearchDocument"/>).</summary>
    private const string TextSearch = "simple";

    /// <summary>A text query matching at least one in this many of the newest creatives walks to its matches newest first.</summary>
    private const int DenseOneIn = 14;

    public async Task<Page<CreativeView>> SearchAsync(Viewer viewer, CreativeFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var scope = Scope(viewer, filter);
        var visible = await FilteredAsync(scope, viewer, filter, cancellationToken);
        var limits = options.Value;
        var (counted, ids) = filter.Sort is CreativeSort.LastSeen or CreativeSort.Relevance
            ? await NewestFirstPageAsync(scope, visible, viewer, filter, page, cancellationToken)
            : (await visible.Take(limits.CountLimit + 1).CountAsync(cancellationToken),
                await Sorted(visible, filter).Skip(page.Skip).Take(page.PageSize).Select(creative => creative.Id).ToListAsync(cancellationToken));
        var total = Math.Min(counted, limits.CountLimit);
        // The page's creatives in full, by the ids the narrow search rows gave.
        var byId = await db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => ids.Contains(creative.Id))
            .Select(creative => new
            {
                Creative = new CatalogueCreative
                {
                    Id = creative.Id,
                    Brand = creative.Brand,
                    Sha256 = creative.Sha256,
                    MediaType = creative.MediaType,
                    ByteSize = creative.ByteSize,
                    Width = creative.Width,
                    Height = creative.Height,
                    Url = creative.Url,
                    Metadata = creative.Metadata,
                    Attributes = creative.Attributes,
                    FirstSeenAt = creative.FirstSeenAt,
                    LastSeenAt = creative.LastSeenAt,
                    SeenCount = creative.SeenCount,
                },
                Scans = db.Set<Sighting>()
                    .Where(sighting => sighting.CreativeId == creative.Id)
                    .OrderBy(sighting => sighting.SeenAt)
                    .Select(sighting => sighting.ScanId)
                    .ToList(),
            })
            .ToDictionaryAsync(row => row.Creative.Id, cancellationToken);
        var rows = ids.Select(id => byId[id]).ToList();
        var enriched = await enrichments.DescribeAsync([.. rows.Select(row => row.Creative.Sha256)], cancellationToken);
        return new Page<CreativeView>(
            [.. rows.Select(row => View(row.Creative, row.Scans, enriched.GetValueOrDefault(Convert.ToHexStringLower(row.Creative.Sha256))))],
            total,
            page.PageNumber,
            page.PageSize)
        {
            TotalIsLowerBound = counted > limits.CountLimit,
        };
    }

    /// <summary>The creatives a search looks among: the viewer's, of the brand when it names one.</summary>
    private IQueryable<SearchableCreative> Scope(Viewer viewer, CreativeFilter filter)
    {
        var creatives = db.Set<SearchableCreative>().AsNoTracking();
        if (!viewer.IsAdmin)
        {
            // Not "IsAdmin OR owner = …" in SQL: the owner's indexes serve only a plain equality.
            creatives = creatives.Where(creative => creative.OwnerId == viewer.UserId);
        }

        return filter.Brand is { } brand ? creatives.Where(creative => creative.Brand == brand) : creatives;
    }

    /// <summary>The <paramref name="creatives"/> that pass the filter's other criteria.</summary>
    private async Task<IQueryable<SearchableCreative>> FilteredAsync(
        IQueryable<SearchableCreative> creatives, Viewer viewer, CreativeFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Text is { } text)
        {
            creatives = Matching(creatives, text);
        }

        if (filter.Platform is { } platform)
        {
            creatives = creatives.Where(creative => creative.Platform == platform);
        }

        if (filter.Format is { } format)
        {
            creatives = creatives.Where(creative => creative.Format == format);
        }

        creatives = SeenBetween(creatives, filter);
        if (filter.MinSeenCount is { } minSeenCount)
        {
            creatives = creatives.Where(creative => creative.SeenCount >= minSeenCount);
        }

        if (filter.Flagged is { } flagged)
        {
            creatives = creatives.Where(creative => creative.Flagged == flagged);
        }

        if (filter.CallToAction is { } callToAction)
        {
            creatives = creatives.Where(creative => creative.CallToAction == callToAction);
        }

        if (filter.Source is { } source)
        {
            creatives = creatives.Where(creative => creative.Sources.Contains(source));
        }

        if (filter is { Cluster: { } cluster, Brand: { } clustered })
        {
            // The clusters live with the AI module: it names the members of the cluster in the brand's latest analysis.
            var members = await analyses.LatestClusterMembersAsync(viewer, clustered, cluster, cancellationToken);
            creatives = creatives.Where(creative => members.Contains(creative.Id));
        }

        if (filter.ProductType is { } productType)
        {
            // The labels live with the Enrich module, by content hash: it picks the pictures that carry the type.
            var labelled = await enrichments.LabelledAsync(await creatives.Select(creative => creative.Sha256).ToListAsync(cancellationToken), productType, cancellationToken);
            creatives = creatives.Where(creative => labelled.Contains(creative.Sha256));
        }

        return creatives;
    }

    private static IQueryable<SearchableCreative> Matching(IQueryable<SearchableCreative> creatives, CreativeTextQuery text)
    {
        if (text.WebSearch.Length > 0)
        {
            creatives = creatives.Where(creative => creative.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(TextSearch, text.WebSearch)));
        }

        foreach (var prefix in text.Prefixes)
        {
            var query = $"{prefix}:*";
            creatives = creatives.Where(creative => creative.SearchVector.Matches(EF.Functions.ToTsQuery(TextSearch, query)));
        }

        return creatives;
    }

    private static IQueryable<SearchableCreative> SeenBetween(IQueryable<SearchableCreative> creatives, CreativeFilter filter)
    {
        if (filter.FirstSeenFrom is { } firstSeenFrom)
        {
            creatives = creatives.Where(creative => creative.FirstSeenAt >= firstSeenFrom);
        }

        if (filter.FirstSeenTo is { } firstSeenTo)
        {
            creatives = creatives.Where(creative => creative.FirstSeenAt <= firstSeenTo);
        }

        if (filter.LastSeenFrom is { } lastSeenFrom)
        {
            creatives = creatives.Where(creative => creative.LastSeenAt >= lastSeenFrom);
        }

        if (filter.LastSeenTo is { } lastSeenTo)
        {
            creatives = creatives.Where(creative => creative.LastSeenAt <= lastSeenTo);
        }

        return creatives;
    }

    /// <summary>
    /// The matches newest first, up to one past the count limit, read once: their count, a list by last seen's page when
    /// it lies among them, and a relevance order's window. Ranking costs microseconds a match and a common word matches
    /// a third of a large catalogue: like a search engine, a relevance order ranks the <see cref="SearchOptions.RankWindow"/>
    /// most recently seen matches and lists no further.
    /// </summary>
    private async Task<(int Counted, List<Guid> Ids)> NewestFirstPageAsync(
        IQueryable<SearchableCreative> scope, IQueryable<SearchableCreative> matches, Viewer viewer, CreativeFilter filter, PageRequest page,
        CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var newest = filter.Text is null
            ? await NewestIdsAsync(matches, cancellationToken)
            : await NewestTextMatchesAsync(scope, matches, viewer, filter, cancellationToken);
        if (filter is { Sort: CreativeSort.Relevance, Text: { } text })
        {
            var window = newest.Take(limits.RankWindow).ToList();
            var ranked = Ranked(db.Set<SearchableCreative>().AsNoTracking().Where(creative => window.Contains(creative.Id)), text);
            return (newest.Count, await ranked.Skip(page.Skip).Take(page.PageSize).Select(creative => creative.Id).ToListAsync(cancellationToken));
        }

        return page.Skip + page.PageSize <= newest.Count || newest.Count <= limits.CountLimit
            ? (newest.Count, [.. newest.Skip(page.Skip).Take(page.PageSize)])
            : (newest.Count, await MostRecent(matches).Skip(page.Skip).Take(page.PageSize).Select(creative => creative.Id).ToListAsync(cancellationToken));
    }

    /// <summary>The ids of the newest matches, up to one past the count limit.</summary>
    private Task<List<Guid>> NewestIdsAsync(IQueryable<SearchableCreative> matches, CancellationToken cancellationToken) =>
        MostRecent(matches).Take(options.Value.CountLimit + 1).Select(creative => creative.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// The newest matches of a text query, read the way that costs least for their density. The planner cannot know it:
    /// it multiplies the terms' frequencies, while the words of ad copy come in templates and rarely meet, so it walks
    /// the whole newest-first index for a pair that never matches. Walking that index costs 1–2 µs a creative until the
    /// count is full; reading the text index costs about as much a match (more for a filter it does not hold). So the
    /// density among the scope's newest creatives chooses: one in <see cref="DenseOneIn"/> or more and the walk stops
    /// within ~14,000 creatives; sparser and the text index reads fewer. The plan is then held to the choice
    /// (docs/BENCHMARKS.md, "Search").
    /// </summary>
    private async Task<List<Guid>> NewestTextMatchesAsync(
        IQueryable<SearchableCreative> scope, IQueryable<SearchableCreative> matches, Viewer viewer, CreativeFilter filter, CancellationToken cancellationToken)
    {
        var sample = options.Value.DensitySample;
        var sampled = await (await FilteredAsync(MostRecent(scope).Take(sample), viewer, filter, cancellationToken)).CountAsync(cancellationToken);
        var walk = sampled * DenseOneIn >= sample;

        // PostgreSQL has no plan hints: these settings hold to the transaction's end.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            walk ? "SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off" : "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off",
            cancellationToken);
        var found = await NewestIdsAsync(matches, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return found;
    }

    /// <summary>The orders other than newest first: by first seen, or by seen count.</summary>
    private static IOrderedQueryable<SearchableCreative> Sorted(IQueryable<SearchableCreative> creatives, CreativeFilter filter) =>
        filter.Sort == CreativeSort.FirstSeen
            ? creatives.OrderByDescending(creative => creative.FirstSeenAt).ThenBy(creative => creative.Id)
            : creatives.OrderByDescending(creative => creative.SeenCount).ThenByDescending(creative => creative.LastSeenAt).ThenBy(creative => creative.Id);

    private static IOrderedQueryable<SearchableCreative> MostRecent(IQueryable<SearchableCreative> creatives) =>
        creatives.OrderByDescending(creative => creative.LastSeenAt).ThenBy(creative => creative.Id);

    /// <summary>Cover density ranks higher the copy where the words (and prefixes) stand nearer each other: the exact phrase highest.</summary>
    private static IOrderedQueryable<SearchableCreative> Ranked(IQueryable<SearchableCreative> creatives, CreativeTextQuery text)
    {
        var prefixes = string.Join(" & ", text.Prefixes.Select(prefix => $"{prefix}:*"));
        var ranked = (text.RankWords.Length > 0, prefixes.Length > 0) switch
        {
            (true, true) => creatives.OrderByDescending(creative => creative.SearchVector.RankCoverDensity(
                EF.Functions.PlainToTsQuery(TextSearch, text.RankWords).And(EF.Functions.ToTsQuery(TextSearch, prefixes)))),
            (false, true) => creatives.OrderByDescending(creative => creative.SearchVector.RankCoverDensity(EF.Functions.ToTsQuery(TextSearch, prefixes))),
            _ => creatives.OrderByDescending(creative => creative.SearchVector.RankCoverDensity(EF.Functions.PlainToTsQuery(TextSearch, text.RankWords))),
        };
        return ranked.ThenByDescending(creative => creative.LastSeenAt).ThenBy(creative => creative.Id);
    }

    public async Task<IReadOnlySet<string>> KnownAsync(Guid ownerId, string brand, IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken)
    {
        var known = await db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.OwnerId == ownerId && creative.Brand == brand && sha256s.Contains(creative.Sha256))
            .Select(creative => creative.Sha256)
            .ToListAsync(cancellationToken);
        return known.Select(Convert.ToHexStringLower).ToHashSet(StringComparer.Ordinal);
    }

    public Task<long> CountAsync(Viewer viewer, CancellationToken cancellationToken) =>
        db.Set<CatalogueCreative>().Where(creative => viewer.IsAdmin || creative.OwnerId == viewer.UserId).LongCountAsync(cancellationToken);

    public async Task<byte[]?> ThumbnailAsync(Guid creativeId, Viewer viewer, CancellationToken cancellationToken)
    {
        var creative = await db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.Id == creativeId)
            .Select(creative => new { creative.OwnerId, creative.Sha256 })
            .SingleOrDefaultAsync(cancellationToken);
        return creative is not null && viewer.CanSee(creative.OwnerId) ? await thumbnails.OfAsync(creative.Sha256, cancellationToken) : null;
    }

    public Task<CreativeLocation?> LocateAsync(Guid creativeId, CancellationToken cancellationToken) =>
        db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.Id == creativeId)
            .Select(creative => new CreativeLocation(creative.Id, creative.OwnerId, creative.Brand))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<FoundCreative>> DescribeAsync(IReadOnlyList<Guid> creativeIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creativeIds.Contains(creative.Id))
            .Select(creative => new { creative.Id, creative.Sha256, creative.Url, creative.Metadata })
            .ToDictionaryAsync(row => row.Id, cancellationToken);
        return [.. creativeIds.Where(rows.ContainsKey).Select(id => rows[id]).Select(row =>
            new FoundCreative(row.Id, Convert.ToHexStringLower(row.Sha256), row.Url, Headline(row.Metadata), thumbnailLinks.OfCreative(row.Id)))];
    }

    public async Task<IReadOnlySet<Guid>> SightedInAsync(Guid scanId, CancellationToken cancellationToken) =>
        await db.Set<Sighting>().AsNoTracking()
            .Where(sighting => sighting.ScanId == scanId)
            .Select(sighting => sighting.CreativeId)
            .ToHashSetAsync(cancellationToken);

    public async Task<IReadOnlyList<CatalogueEntry>> ReadBrandAsync(Guid ownerId, string brand, CancellationToken cancellationToken)
    {
        // Streamed row by row, only the columns the analysis reads, the embeddings left encoded and the metadata read
        // down to its copy and platform: a large brand is held once, compactly.
        var creatives = db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.OwnerId == ownerId && creative.Brand == brand)
            // Ties by content, not by the random id: the same brand is read, and so analysed and clustered, the same way.
            .OrderBy(creative => creative.FirstSeenAt)
            .ThenBy(creative => creative.Sha256)
            .Select(creative => new
            {
                creative.Id,
                creative.Metadata,
                creative.Sha256,
                creative.MediaType,
                creative.ByteSize,
                creative.Width,
                creative.Height,
                creative.PerceptualHash,
                creative.VisualEmbedding,
                creative.TextEmbedding,
                creative.Attributes,
                creative.FirstScanId,
            })
            .AsAsyncEnumerable();
        // A brand runs the same copy many times (a campaign's ads, its reruns): each copy, platform, media type and
        // attributes text is held once, not once per creative.
        var (copies, texts) = (new HashSet<AdCopy>(), new HashSet<string>(StringComparer.Ordinal));
        var entries = new List<CatalogueEntry>();
        await foreach (var creative in creatives.WithCancellation(cancellationToken))
        {
            var (copy, platform) = CopyAndPlatform(creative.Metadata);
            entries.Add(new CatalogueEntry(
                creative.Id,
                Shared(copies, copy),
                platform is null ? null : Shared(texts, platform),
                new CreativeFingerprint(creative.Sha256, Shared(texts, creative.MediaType), creative.ByteSize, creative.Width, creative.Height, creative.PerceptualHash),
                null,
                creative.FirstScanId)
            {
                Stored = StoredInsight.Columns(
                    creative.VisualEmbedding, creative.TextEmbedding, creative.Attributes is null ? null : Shared(texts, creative.Attributes)),
            });
        }

        return entries;
    }

    private static (AdCopy Copy, string? Platform) CopyAndPlatform(string? metadataJson)
    {
        if (metadataJson is null)
        {
            return (AdCopy.None, null);
        }

        using var document = JsonDocument.Parse(metadataJson);
        var metadata = document.RootElement;
        return (AdCopy.Of(metadata),
            metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("platform", out var platform) && platform.ValueKind == JsonValueKind.String
                ? platform.GetString()
                : null);
    }

    private static T Shared<T>(HashSet<T> held, T value)
    {
        if (held.TryGetValue(value, out var same))
        {
            return same;
        }

        held.Add(value);
        return value;
    }

    public async Task AddPictureTextsAsync(Guid ownerId, string brand, IReadOnlyList<PictureReading> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return;
        }

        var flags = texts.SelectMany(picture => picture.Flags.Select(flag => (picture.Sha256, Flag: flag))).ToList();
        await using var command = await db.CommandAsync(
            """
            WITH read AS (SELECT sha256, text FROM unnest(@text_sha256s, @texts) AS row(sha256, text)),
            found AS (
                SELECT sha256, array_agg(DISTINCT flag) AS flags FROM unnest(@flag_sha256s, @flags) AS row(sha256, flag) GROUP BY sha256),
            changed AS (
                SELECT creative.id, read.text,
                    CASE WHEN found.flags IS NULL OR found.flags <@ creative.flags THEN NULL
                        ELSE ARRAY(SELECT DISTINCT flag FROM unnest(creative.flags || found.flags) AS flag ORDER BY flag) END AS flags
                FROM catalog.creatives AS creative JOIN read ON creative.sha256 = read.sha256 LEFT JOIN found ON found.sha256 = read.sha256
                WHERE creative.owner_id = @owner AND creative.brand = @brand)
            UPDATE catalog.creatives AS creative
            SET on_image_text = changed.text,
                flags = coalesce(changed.flags, creative.flags),
                attributes = CASE WHEN changed.flags IS NULL THEN creative.attributes
                    ELSE creative.attributes || jsonb_build_object('flags', to_jsonb(changed.flags), 'flagged', true) END
            FROM changed
            WHERE creative.id = changed.id AND (creative.on_image_text IS DISTINCT FROM changed.text OR changed.flags IS NOT NULL)
            """,
            cancellationToken);
        command.Parameters.AddWithValue("owner", ownerId);
        command.Parameters.AddWithValue("brand", brand);
        command.Parameters.AddWithValue("text_sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, texts.Select(text => text.Sha256).ToArray());
        command.Parameters.AddWithValue("texts", NpgsqlDbType.Array | NpgsqlDbType.Text, texts.Select(text => text.Text).ToArray());
        command.Parameters.AddWithValue("flag_sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, flags.Select(row => row.Sha256).ToArray());
        command.Parameters.AddWithValue("flags", NpgsqlDbType.Array | NpgsqlDbType.Text, flags.Select(row => row.Flag).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Headline(string? metadata)
    {
        if (metadata is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(metadata);
        return document.RootElement.TryGetProperty("headline", out var headline) && headline.ValueKind == JsonValueKind.String ? headline.GetString() : null;
    }

    private CreativeView View(CatalogueCreative creative, List<Guid> scans, CreativeEnrichment? enrichment) => new(
        creative.Id,
        creative.Brand,
        Convert.ToHexStringLower(creative.Sha256),
        creative.MediaType,
        creative.ByteSize,
        creative.Width,
        creative.Height,
        creative.Url,
        creative.Metadata is null ? null : JsonSerializer.Deserialize<JsonElement>(creative.Metadata),
        creative.FirstSeenAt,
        creative.LastSeenAt,
        creative.SeenCount,
        scans,
        creative.Attributes is null ? null : StoredInsight.Attributes(creative.Attributes),
        thumbnailLinks.OfCreative(creative.Id),
        enrichment?.OnImageText,
        enrichment?.Labels,
        enrichment?.LabelFailure);
}
