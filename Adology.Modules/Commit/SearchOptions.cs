namespace Adology.Modules.Commit;

/// <summary>
/// How far a search of the catalogue goes for a broad query: the work of a count or a relevance order grows with the
/// matches, so, like a search engine, it counts and ranks up to a limit (docs/API.md, "Searching the catalogue").
/// </summary>
internal sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Matches counted exactly; when more match, <c>total</c> is this with <c>totalIsLowerBound</c>.</summary>
    public int CountLimit { get; set; } = 1_000;

    /// <summary>A relevance order ranks this many matches at most, the most recently seen, and its pages end there (at most <see cref="CountLimit"/>).</summary>
    public int RankWindow { get; set; } = 500;

    /// <summary>
    /// A text query's density is measured on this many of the newest creatives in its scope: one match in 14 or more
    /// and it walks newest first, sparser and it reads the text index (<c>Catalogue.NewestTextMatchesAsync</c>).
    /// </summary>
    public int DensitySample { get; set; } = 500;
}
