namespace Adology.Modules.Scans.Watch;

/// <summary>A user's saved watch terms.</summary>
internal sealed class Watchlist
{
    public Guid OwnerId { get; init; }

    public string[] Terms { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
