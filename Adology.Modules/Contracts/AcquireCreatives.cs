namespace Adology.Modules.Contracts;

/// <summary>
/// Acquire these staged items of a scan: one message per batch of a scan's items (<c>Scans:AcquireBatchSize</c>), which
/// the acquire downloads together and records in one database round trip. A batch, not a message per item, so that a
/// 100,000-creative scan queues a thousand small messages rather than a hundred thousand (docs/BENCHMARKS.md, "Sixth round").
/// </summary>
public sealed record AcquireCreatives(Guid ScanId, IReadOnlyList<int> Ordinals);
