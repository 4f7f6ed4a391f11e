namespace Adology.Modules.Contracts;

/// <summary>
/// A scan has completed (its COMPLETE event is out). Published once per scan to an ordinary competing-consumer queue,
/// so that whatever hears of it (the alerts) acts once, however many hosts run.
/// </summary>
/// <param name="Creatives">The brand's creatives in the catalogue after the scan.</param>
/// <param name="NewCreatives">Of them, those this scan found new to the brand.</param>
/// <param name="Failed">The scan's items that could not be acquired.</param>
/// <param name="Matches">The scan's watch-term matches (one per creative and term).</param>
public sealed record ScanCompleted(Guid ScanId, Guid OwnerId, string Brand, int Creatives, int NewCreatives, int Failed, int Matches, DateTimeOffset CompletedAt);
