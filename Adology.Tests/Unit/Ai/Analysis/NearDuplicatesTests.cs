using Adology.Modules.Ai.Analysis;

namespace Adology.Tests.Unit.Ai.Analysis;

public sealed class NearDuplicatesTests
{
    private const int MaxDistance = 4;

    [Test]
    public void Hashes_within_the_distance_are_grouped_and_others_not()
    {
        var groups = NearDuplicates.Group([0b0L, 0b1111L, 0b1_1111_0000_0000L, long.MaxValue], MaxDistance);

        Assert.That(groups, Is.EqualTo(new[] { new[] { 0, 1 } }));
    }

    [Test]
    public void Thousands_of_equal_hashes_are_one_group_without_comparing_every_pair()
    {
        const int count = 5_000;
        var comparisons = 0L;

        var groups = NearDuplicates.Group([.. Enumerable.Repeat(42L, count)], MaxDistance, (_, _) =>
        {
            comparisons++;
            return true;
        });

        Assert.Multiple(() =>
        {
            Assert.That(groups.Single(), Has.Length.EqualTo(count));
            Assert.That(comparisons, Is.LessThanOrEqualTo((long)count * (MaxDistance + 1) * NearDuplicates.MaxComparedInBucket), "not count² / 2 per band");
        });
    }

    [Test]
    public void A_pair_sharing_several_bands_is_confirmed_once()
    {
        var confirmed = new List<(int, int)>();

        // One bit apart: the two hashes agree on four of the five bands.
        var groups = NearDuplicates.Group([0b0L, 0b1L], MaxDistance, (a, b) =>
        {
            confirmed.Add((a, b));
            return true;
        });

        Assert.That((groups, confirmed), Is.EqualTo((new List<int[]> { new[] { 0, 1 } }, new List<(int, int)> { (1, 0) })));
    }

    [Test]
    public void At_distance_zero_equal_hashes_far_apart_are_grouped()
    {
        // More distinct hashes between the two equal ones than a bucket compares: only a band of the whole hash finds them.
        long[] hashes = [42L, .. Enumerable.Range(1_000, NearDuplicates.MaxComparedInBucket + 10).Select(value => (long)value), 42L];

        var groups = NearDuplicates.Group(hashes, 0);

        Assert.That(groups, Is.EqualTo(new[] { new[] { 0, hashes.Length - 1 } }));
    }
}
