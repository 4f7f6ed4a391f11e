namespace Adology.Modules.Contracts;

/// <summary>A scan as the API shows it.</summary>
/// <param name="Processed">Items finished so far, acquired or failed.</param>
/// <param name="Progress">Overall progress in percent, 0 to 100.</param>
public sealed record ScanView(
    Guid Id,
    string Brand,
    string Status,
    string Phase,
    int? Total,
    int Processed,
    int Failed,
    int Progress,
    string? Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
