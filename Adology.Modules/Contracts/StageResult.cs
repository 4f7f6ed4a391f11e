namespace Adology.Modules.Contracts;

/// <summary>The staged items still to acquire, and whether the scan is already complete (nothing to acquire).</summary>
public sealed record StageResult(IReadOnlyList<AcquireCreative> Pending, bool AllItemsFinished);
