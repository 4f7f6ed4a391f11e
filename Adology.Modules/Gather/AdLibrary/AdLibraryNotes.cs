using Adology.Modules.Gather.Page;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>What the scan's message says of an ad library search: ads read, ads that gave no picture and why, where it stopped.</summary>
internal sealed class AdLibraryNotes
{
    private readonly SkippedTally withoutPictures = new();

    public int Ads { get; set; }

    public int? StoppedAt { get; set; }

    public void Without(string reason) => withoutPictures.Add(reason);

    public string? Summary(SkippedTally skippedPictures)
    {
        var parts = new List<string>();
        if (StoppedAt is { } stopped)
        {
            parts.Add($"stopped at {stopped} ads ({AdLibraryOptions.Section}:MaxAds)");
        }

        if (withoutPictures.Count > 0)
        {
            parts.Add($"{withoutPictures.Count} of {Ads} ads gave no picture: {string.Join(", ", withoutPictures.Reasons.Select(pair => $"{pair.Value} {pair.Key}"))}");
        }

        if (skippedPictures.Summary() is { } skipped)
        {
            parts.Add(skipped);
        }

        return parts.Count == 0 ? null : $"Gathering read {Ads} ads; {string.Join("; ", parts)}.";
    }
}
