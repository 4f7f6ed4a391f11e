namespace Adology.Modules.Commit.Data;

/// <summary>A scan in which a catalogue creative appeared, and at how many of the scan's URLs.</summary>
internal sealed class Sighting
{
    public Guid CreativeId { get; init; }

    public Guid ScanId { get; init; }

    public int UrlCount { get; init; }

    public DateTimeOffset SeenAt { get; init; }
}
