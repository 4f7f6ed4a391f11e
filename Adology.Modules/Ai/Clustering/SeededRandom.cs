namespace Adology.Modules.Ai.Clustering;

/// <summary>SplitMix64: the same sequence for a seed in every process and runtime, which <see cref="Random"/> does not promise.</summary>
internal sealed class SeededRandom(int seed)
{
    private ulong state = (ulong)seed * 0xD1B54A32D192ED03UL;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Below(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform sample of <paramref name="size"/> distinct indexes below <paramref name="count"/>, ascending.</summary>
    public int[] Sample(int count, int size)
    {
        var indexes = Enumerable.Range(0, count).ToArray();
        size = Math.Min(size, count);
        for (var i = 0; i < size; i++)
        {
            var j = i + Below(count - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        var sample = indexes[..size];
        Array.Sort(sample);
        return sample;
    }
}
