using Microsoft.Extensions.Options;

namespace Adology.Modules.Ai.Similarity;

/// <summary>
/// The brands' similarity indexes kept in memory, each tagged with the scan of the analysis it reflects, so a newer
/// analysis makes it stale. At most <see cref="AiOptions.SimilarityIndexes"/> brands are kept, the least recently
/// used dropped first, and at most <see cref="AiOptions.SimilarityIndexesPerUser"/> of one user's, that user's least
/// recently used dropped first. One build at a time per brand: concurrent requests for a cold brand wait for the one build.
/// </summary>
internal sealed class SimilarityIndexes(IOptions<AiOptions> options)
{
    private readonly Dictionary<(Guid OwnerId, string Brand), Entry> entries = [];
    private readonly Lock guard = new();
    private long clock;

    public void Put(Guid ownerId, string brand, Guid analysisScanId, SimilarityIndex index)
    {
        lock (guard)
        {
            var gate = entries.TryGetValue((ownerId, brand), out var existing) ? existing.Gate : new SemaphoreSlim(1, 1);
            entries[(ownerId, brand)] = new Entry(analysisScanId, index, gate) { LastUsed = ++clock };
            DropBeyondLimits(ownerId);
        }
    }

    /// <summary>The brand's index as of the given analysis, built by <paramref name="build"/> when missing or stale.</summary>
    public async Task<SimilarityIndex> GetAsync(
        Guid ownerId, string brand, Guid analysisScanId, Func<CancellationToken, Task<SimilarityIndex>> build, CancellationToken cancellationToken)
    {
        if (Current(ownerId, brand, analysisScanId) is { } current)
        {
            return current;
        }

        var gate = Gate(ownerId, brand);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Current(ownerId, brand, analysisScanId) is { } built)
            {
                return built;
            }

            var index = await build(cancellationToken);
            Put(ownerId, brand, analysisScanId, index);
            return index;
        }
        finally
        {
            gate.Release();
        }
    }

    private SimilarityIndex? Current(Guid ownerId, string brand, Guid analysisScanId)
    {
        lock (guard)
        {
            if (entries.TryGetValue((ownerId, brand), out var entry) && entry.AnalysisScanId == analysisScanId)
            {
                entry.LastUsed = ++clock;
                return entry.Index;
            }

            return null;
        }
    }

    private SemaphoreSlim Gate(Guid ownerId, string brand)
    {
        lock (guard)
        {
            if (!entries.TryGetValue((ownerId, brand), out var entry))
            {
                entry = new Entry(Guid.Empty, null, new SemaphoreSlim(1, 1)) { LastUsed = ++clock };
                entries[(ownerId, brand)] = entry;
                DropBeyondLimits(ownerId);
            }

            return entry.Gate;
        }
    }

    /// <summary>Called under the guard, after an entry of <paramref name="ownerId"/> was added: it is the newest, so it stays.</summary>
    private void DropBeyondLimits(Guid ownerId)
    {
        var limits = options.Value;
        while (entries.Count(entry => entry.Key.OwnerId == ownerId) > Math.Max(1, limits.SimilarityIndexesPerUser))
        {
            entries.Remove(entries.Where(entry => entry.Key.OwnerId == ownerId).MinBy(entry => entry.Value.LastUsed).Key);
        }

        while (entries.Count > Math.Max(1, limits.SimilarityIndexes))
        {
            entries.Remove(entries.MinBy(entry => entry.Value.LastUsed).Key);
        }
    }

    private sealed record Entry(Guid AnalysisScanId, SimilarityIndex? Index, SemaphoreSlim Gate)
    {
        public long LastUsed { get; set; }
    }
}
