namespace Adology.Modules.Contracts;

/// <summary>What a pipeline step needs to know of the scan it works on.</summary>
/// <param name="SourceType">One of <see cref="SourceTypes"/>.</param>
public sealed record ScanWork(
    Guid ScanId,
    Guid OwnerId,
    string Brand,
    string SourceType,
    int? DemoCount,
    string? FeedUrl,
    int Total,
    int Acquired,
    int Failed);
