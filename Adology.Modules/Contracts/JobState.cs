namespace Adology.Modules.Contracts;

/// <summary>A scan's current state as the hub's JoinJob returns it; <paramref name="Seq"/> is its last event number.</summary>
public sealed record JobState(
    Guid JobId,
    long Seq,
    string Brand,
    string Status,
    string Phase,
    int Value,
    int Processed,
    int? Total,
    int Failed,
    string? Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
