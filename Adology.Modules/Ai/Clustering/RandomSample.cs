using Adology.Modules.Platform.Randomness;

namespace Adology.Modules.Ai.Clustering;

internal static class RandomSample
{
    // Spreads small seeds over the whole state, so that seeds 1, 2, 3 do not start close together.
    public static SplitMix64 Generator(int seed) => new((ulong)seed * 0xD1B54A32D192ED03UL);

    /// <summary>A uniform sample of <paramref name="size"/> distinct indexes below <paramref name="count"/>, ascending.</summary>
    public static int[] Of(SplitMix64 random, int count, int size)
    {
        var indexes = Enumerable.Range(0, count).ToArray();
        size = Math.Min(size, count);
        for (var i = 0; i < size; i++)
        {
            var j = i + random.Below(count - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        var sample = indexes[..size];
        Array.Sort(sample);
        return sample;
    }
}
