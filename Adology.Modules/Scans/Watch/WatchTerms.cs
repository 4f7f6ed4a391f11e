namespace Adology.Modules.Scans.Watch;

/// <summary>The limits on watch terms, and the one list a scan watches for.</summary>
internal static class WatchTerms
{
    public const int MaxCount = 50;
    public const int MaxLength = 100;

    /// <summary>The lists' terms trimmed, in order, each term once (the first spelling of those alike case- and accent-insensitively).</summary>
    public static string[] Union(params IEnumerable<IReadOnlyList<string>?> lists) =>
    [
        .. lists
            .SelectMany(list => list ?? [])
            .Select(term => term.Trim())
            .Select(term => (Term: term, Key: WatchText.Key(term)))
            .Where(term => term.Key.Length > 0)
            .DistinctBy(term => term.Key, StringComparer.Ordinal)
            .Select(term => term.Term),
    ];
}
