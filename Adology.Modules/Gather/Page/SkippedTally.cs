namespace Adology.Modules.Gather.Page;

/// <summary>How many pictures were left out, by reason, and the sentence that says so.</summary>
internal sealed class SkippedTally
{
    private readonly SortedDictionary<string, int> reasons = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public IReadOnlyDictionary<string, int> Reasons => reasons;

    public void Add(string reason)
    {
        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
        Count++;
    }

    /// <summary>E.g. <c>skipped 3 pictures too small or not usable: 2 tracking pixel (1×1 or smaller), 1 icon (under 50×50 px)</c>; null when none.</summary>
    public string? Summary() => Count == 0
        ? null
        : $"skipped {Count} picture{(Count == 1 ? "" : "s")}: {string.Join(", ", reasons.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Value} {pair.Key}"))}";
}
