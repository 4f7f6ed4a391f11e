namespace Adology.Modules.Reports;

/// <summary>What the creatives sheet counted while it streamed, for the summary.</summary>
internal sealed class ReportFigures
{
    public long Creatives { get; private set; }

    public long NewCreatives { get; private set; }

    public SortedDictionary<string, long> Platforms { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, long> Formats { get; } = new(StringComparer.Ordinal);

    public void Count(string? platform, string mediaType, bool isNew)
    {
        Creatives++;
        NewCreatives += isNew ? 1 : 0;
        Add(Platforms, platform ?? "unknown");
        Add(Formats, mediaType);
    }

    private static void Add(SortedDictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
