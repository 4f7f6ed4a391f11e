using Adology.Modules.Contracts;

namespace Adology.Modules.Scans;

internal sealed class ScansOptions
{
    public const string Section = "Scans";

    /// <summary>A scan with a larger share of failed items ends failed instead of completed.</summary>
    public int MaxFailedPercent { get; set; } = 50;

    /// <summary>Items of a scan one <see cref="AcquireCreatives"/> carries: downloaded together and recorded in one database round trip.</summary>
    public int AcquireBatchSize { get; set; } = 100;

    /// <summary>The scan's pending items as acquire messages, in batches of <see cref="AcquireBatchSize"/>.</summary>
    public IReadOnlyList<AcquireCreatives> AcquireBatches(Guid scanId, IEnumerable<int> ordinals) =>
        [.. ordinals.Chunk(AcquireBatchSize).Select(batch => new AcquireCreatives(scanId, batch))];
}
