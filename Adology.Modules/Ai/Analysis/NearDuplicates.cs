using System.Numerics;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// Groups 64-bit perceptual hashes within a Hamming distance of each other without comparing all pairs:
/// the hash is cut into distance + 1 bands, and two hashes that differ in at most that many bits agree
/// on at least one band (pigeonhole), so only hashes sharing a band value are compared. A band value many hashes
/// share (a brand of blank pictures; a feed made to collide) would make that quadratic: there a hash is compared with
/// the <see cref="MaxComparedInBucket"/> hashes before it only, which links a run of alike hashes through each other.
/// Two close hashes share most bands; each pair is still checked, and confirmed, once.
/// </summary>
internal static class NearDuplicates
{
    public const int MaxComparedInBucket = 256;

    /// <summary>
    /// Groups (two or more members, as indexes into the input) of hashes linked by distance ≤ maxDistance, and, when
    /// given, confirmed by <paramref name="confirm"/> (hashes that only sketch what they stand for).
    /// </summary>
    public static List<int[]> Group(IReadOnlyList<long> hashes, int maxDistance, Func<int, int, bool>? confirm = null)
    {
        var groups = new UnionFind(hashes.Count);
        var bands = Enumerable.Range(0, maxDistance + 1).Select(band => new Band(band, maxDistance + 1)).ToArray();
        var close = new HashSet<int>();
        for (var i = 0; i < hashes.Count; i++)
        {
            // The close hashes before this one, found in any of the bands they share with it: each is confirmed once.
            close.Clear();
            foreach (var band in bands)
            {
                var bucket = band.BucketOf((ulong)hashes[i]);
                for (var j = Math.Max(0, bucket.Count - MaxComparedInBucket); j < bucket.Count; j++)
                {
                    if (BitOperations.PopCount((ulong)(hashes[i] ^ hashes[bucket[j]])) <= maxDistance)
                    {
                        close.Add(bucket[j]);
                    }
                }

                bucket.Add(i);
            }

            foreach (var other in close)
            {
                if (confirm?.Invoke(i, other) ?? true)
                {
                    groups.Union(i, other);
                }
            }
        }

        return groups.Sets();
    }

    /// <summary>One band of the hashes' bits, and the hashes so far by their value there.</summary>
    private sealed class Band
    {
        private readonly int shift;
        private readonly ulong mask;
        private readonly Dictionary<ulong, List<int>> buckets = [];

        public Band(int band, int bands)
        {
            shift = 64 * band / bands;
            var width = (64 * (band + 1) / bands) - shift;
            // A shift by 64 is a shift by 0 in C#: one band of the whole hash needs the full mask spelled out.
            mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        }

        public List<int> BucketOf(ulong hash)
        {
            var key = (hash >> shift) & mask;
            if (!buckets.TryGetValue(key, out var bucket))
            {
                buckets[key] = bucket = [];
            }

            return bucket;
        }
    }
}
