using System.Numerics;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// Groups 64-bit perceptual hashes within a Hamming distance of each other without comparing all pairs:
/// the hash is cut into distance + 1 bands, and two hashes that differ in at most that many bits agree
/// on at least one band (pigeonhole), so only hashes sharing a band value are compared. A band value many hashes
/// share (a brand of blank pictures; a feed made to collide) would make that quadratic: there a hash is compared with
/// the <see cref="MaxComparedInBucket"/> hashes before it only, which links a run of alike hashes through each other.
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
        var bands = maxDistance + 1;
        for (var band = 0; band < bands; band++)
        {
            var (shift, width) = Band(band, bands);
            var mask = (1UL << width) - 1;
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < hashes.Count; i++)
            {
                var key = ((ulong)hashes[i] >> shift) & mask;
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = [];
                }

                for (var j = Math.Max(0, bucket.Count - MaxComparedInBucket); j < bucket.Count; j++)
                {
                    var other = bucket[j];
                    if (BitOperations.PopCount((ulong)(hashes[i] ^ hashes[other])) <= maxDistance && (confirm?.Invoke(i, other) ?? true))
                    {
                        groups.Union(i, other);
                    }
                }

                bucket.Add(i);
            }
        }

        return groups.Sets();
    }

    private static (int Shift, int Width) Band(int band, int bands)
    {
        var start = 64 * band / bands;
        var end = 64 * (band + 1) / bands;
        return (start, end - start);
    }
}
