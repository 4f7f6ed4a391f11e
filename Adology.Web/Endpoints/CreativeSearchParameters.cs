using System.Globalization;
using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

/// <summary>
/// The query string of a creative search as given, before <see cref="CreativeSearchParametersValidator"/> checks it:
/// every filter of docs/API.md ("Searching the catalogue"), plus the names it does not know and those given twice.
/// </summary>
internal sealed record CreativeSearchParameters
{
    public string? Q { get; init; }

    public string? Brand { get; init; }

    public string? Platform { get; init; }

    public string? Format { get; init; }

    public string? FirstSeenFrom { get; init; }

    public string? FirstSeenTo { get; init; }

    public string? LastSeenFrom { get; init; }

    public string? LastSeenTo { get; init; }

    public string? MinSeenCount { get; init; }

    public string? Cluster { get; init; }

    public string? Flagged { get; init; }

    public string? Cta { get; init; }

    public string? ProductType { get; init; }

    public string? Source { get; init; }

    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }

    /// <summary>The search is one brand's (<c>/api/brands/{brand}/creatives</c>): <c>brand</c> is the route's, not a filter.</summary>
    public bool BrandFromRoute { get; init; }

    public IReadOnlyList<string> Unknown { get; init; } = [];

    public IReadOnlyList<string> Repeated { get; init; } = [];

    public static readonly IReadOnlyDictionary<string, CreativeSort> Sorts = new Dictionary<string, CreativeSort>(StringComparer.Ordinal)
    {
        ["lastSeen"] = CreativeSort.LastSeen,
        ["firstSeen"] = CreativeSort.FirstSeen,
        ["seenCount"] = CreativeSort.SeenCount,
        ["relevance"] = CreativeSort.Relevance,
    };

    private static readonly string[] Names =
    [
        "q", "brand", "platform", "format", "firstSeenFrom", "firstSeenTo", "lastSeenFrom", "lastSeenTo", "minSeenCount", "cluster",
        "flagged", "cta", "productType", "source", "sort", "page", "pageSize", "access_token",
    ];

    /// <summary>Reads the query of <c>/api/creatives</c>, or of one brand's route when <paramref name="routeBrand"/> is given.</summary>
    public static CreativeSearchParameters Read(IQueryCollection query, string? routeBrand)
    {
        string? Value(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        return new CreativeSearchParameters
        {
            Q = Value("q"),
            Brand = routeBrand ?? Value("brand"),
            BrandFromRoute = routeBrand is not null,
            Platform = Value("platform"),
            Format = Value("format"),
            FirstSeenFrom = Value("firstSeenFrom"),
            FirstSeenTo = Value("firstSeenTo"),
            LastSeenFrom = Value("lastSeenFrom"),
            LastSeenTo = Value("lastSeenTo"),
            MinSeenCount = Value("minSeenCount"),
            Cluster = Value("cluster"),
            Flagged = Value("flagged"),
            Cta = Value("cta"),
            ProductType = Value("productType"),
            Source = Value("source"),
            Sort = Value("sort"),
            Page = Value("page"),
            PageSize = Value("pageSize"),
            Unknown = [.. query.Keys.Where(name => !Names.Contains(name, StringComparer.Ordinal) || (name == "brand" && routeBrand is not null))],
            Repeated = [.. query.Where(pair => pair.Value.Count > 1).Select(pair => pair.Key)],
        };
    }

    /// <summary>The filter the parameters ask for; call it only once the validator passed them.</summary>
    public CreativeFilter ToFilter() => new()
    {
        Brand = Words(Brand) is { } brand ? Modules.Contracts.Brand.Normalize(brand) : null,
        Text = Words(Q) is { } q ? CreativeTextQuery.Parse(q) : null,
        Platform = Words(Platform)?.ToLowerInvariant(),
        Format = Words(Format)?.ToLowerInvariant(),
        FirstSeenFrom = Time(FirstSeenFrom, endOfDay: false),
        FirstSeenTo = Time(FirstSeenTo, endOfDay: true),
        LastSeenFrom = Time(LastSeenFrom, endOfDay: false),
        LastSeenTo = Time(LastSeenTo, endOfDay: true),
        MinSeenCount = Number(MinSeenCount),
        Cluster = Number(Cluster),
        Flagged = Flagged is null ? null : bool.Parse(Flagged),
        CallToAction = Words(Cta)?.ToLowerInvariant(),
        ProductType = Words(ProductType)?.ToLowerInvariant(),
        Source = Source,
        Sort = Sort is { } sort ? Sorts[sort] : Words(Q) is null ? CreativeSort.LastSeen : CreativeSort.Relevance,
    };

    public PageRequest ToPage() => PageRequest.From(Number(Page), Number(PageSize));

    /// <summary>The blank-separated words of the value, single-spaced; null when there are none.</summary>
    public static string? Words(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// An ISO 8601 time (UTC when it has no offset), or a date: a date that ends a range takes in its whole day.
    /// </summary>
    public static DateTimeOffset? Time(string? value, bool endOfDay)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var time)
            ? time
            : null;
    }

    public static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}
