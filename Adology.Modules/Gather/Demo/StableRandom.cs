using System.Text;

namespace Adology.Modules.Gather.Demo;

/// <summary>
/// SplitMix64 seeded from FNV-1a of the brand: the same sequence in every process and on every run, which
/// <see cref="string.GetHashCode()"/> (randomised per process) and <see cref="Random"/> (unspecified) do not promise.
/// </summary>
internal sealed class StableRandom
{
    private ulong state;

    public StableRandom(string brand, int index, ulong purpose)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(brand))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        state = hash ^ (purpose << 32) ^ (uint)index;
    }

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Below(int bound) => (int)(Next() % (ulong)bound);

    public float Between(float low, float high) => low + ((high - low) * (Next() >> 40) / (1 << 24));

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
