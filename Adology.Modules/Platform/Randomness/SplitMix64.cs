namespace Adology.Modules.Platform.Randomness;

/// <summary>SplitMix64: the same sequence for a seed in every process and runtime, which <see cref="Random"/> does not promise.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

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

    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>), to 24 bits.</summary>
    public float Between(float low, float high) => low + ((high - low) * (Next() >> 40) / (1 << 24));

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
