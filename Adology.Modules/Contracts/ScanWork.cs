namespace Adology.Modules.Contracts;

/// <summary>What a pipeline step needs to know of the scan it works on.</summary>
/// <param name="SourceType"><c>demo</c> or <c>feed</c>.</param>
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
