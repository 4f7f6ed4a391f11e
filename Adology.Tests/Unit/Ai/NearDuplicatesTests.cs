using System.Numerics;
using Adology.Modules.Ai.Analysis;

namespace Adology.Tests.Unit.Ai;

public sealed class NearDuplicatesTests
{
    [Test]
    public void Hashes_within_the_distance_are_grouped_and_others_are_not()
    {
        const long Base = 0x5A5A_1234_F0F0_0F0F;
        long[] hashes = [Base, Base ^ 0b1011, 0x0123_4567_89AB_CDEF, Base ^ (0b1011L << 40) ^ 0b1];

        var groups = NearDuplicates.Group(hashes, maxDistance: 4);

        Assert.That(groups, Has.Count.EqualTo(1));
        Assert.That(groups[0], Is.EqualTo(new[] { 0, 1, 3 }));
    }

    [Test]
    public void Hashes_one_bit_beyond_the_distance_are_not_grouped()
    {
        long[] hashes = [0, 0b11111];

        Assert.That(NearDuplicates.Group(hashes, maxDistance: 4), Is.Empty);
        Assert.That(NearDuplicates.Group(hashes, maxDistance: 5), Has.Count.EqualTo(1));
    }

    [Test]
    public void Hashes_sharing_one_band_value_are_grouped_without_copying_their_bucket_for_each_hash()
    {
        const int count = 10_000;
        var hashes = Enumerable.Repeat(0x0F0F_1234_5678_9ABCL, count).ToArray();
        NearDuplicates.Group(hashes[..10], maxDistance: 4);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var groups = NearDuplicates.Group(hashes, maxDistance: 4);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(groups.Single(), Has.Length.EqualTo(count));
        // The buckets, the union-find and the group: some hundred bytes a hash, where a copy of the last 256 of the
        // bucket for each hash and band would be five thousand.
        Assert.That(allocated, Is.LessThan(count * 400L), $"{allocated:N0} bytes allocated for {count:N0} hashes");
    }

    [TestCase(2)]
    [TestCase(6)]
    [TestCase(10)]
    public void Banding_finds_exactly_the_pairs_an_all_pairs_comparison_finds(int maxDistance)
    {
        var random = new Random(20261123);
        var hashes = new List<long>();
        for (var i = 0; i < 400; i++)
        {
            var hash = random.NextInt64(long.MinValue, long.MaxValue);
            hashes.Add(hash);
            for (var variant = 0; variant < random.Next(3); variant++)
            {
                hashes.Add(FlipBits(hash, random.Next(maxDistance + 3), random));
            }
        }

        var banded = NearDuplicates.Group(hashes, maxDistance);

        Assert.That(banded, Is.EqualTo(AllPairsGroups(hashes, maxDistance)));
    }

    private static long FlipBits(long hash, int bits, Random random)
    {
        for (var i = 0; i < bits; i++)
        {
            hash ^= 1L << random.Next(64);
        }

        return hash;
    }

    private static List<int[]> AllPairsGroups(List<long> hashes, int maxDistance)
    {
        var sets = new UnionFind(hashes.Count);
        for (var a = 0; a < hashes.Count; a++)
        {
            for (var b = a + 1; b < hashes.Count; b++)
            {
                if (BitOperations.PopCount((ulong)(hashes[a] ^ hashes[b])) <= maxDistance)
                {
                    sets.Union(a, b);
                }
            }
        }

        return sets.Sets();
    }
}
