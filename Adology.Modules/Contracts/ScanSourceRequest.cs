namespace Adology.Modules.Contracts;

/// <summary>
/// Where a scan gathers its creatives: <c>{type:"demo",count}</c>, <c>{type:"feed",url}</c> or one of the other
/// <see cref="SourceTypes"/>; each type reads only its own fields. Stored with the scan as it was asked for.
/// </summary>
public sealed record ScanSourceRequest(string? Type, int? Count, string? Url)
{
    /// <summary>Pages to read, following <c>rel="next"</c> (page, browser).</summary>
    public int? MaxPages { get; init; }

    /// <summary>Scrolls to load lazy content (browser).</summary>
    public int? Scrolls { get; init; }

    /// <summary>What to search for (adLibrary).</summary>
    public string? SearchTerms { get; init; }

    /// <summary>ISO 3166 country codes where the ads ran (adLibrary).</summary>
    public IReadOnlyList<string>? Countries { get; init; }

    /// <summary><c>active</c>, <c>inactive</c> or <c>all</c> (adLibrary).</summary>
    public string? ActiveStatus { get; init; }

    /// <summary>Ads delivered on or after this day (adLibrary).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Ads delivered on or before this day (adLibrary).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Publisher platforms, e.g. <c>facebook</c>, <c>instagram</c> (adLibrary).</summary>
    public IReadOnlyList<string>? Platforms { get; init; }
}
