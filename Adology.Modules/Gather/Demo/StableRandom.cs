using System.Text;
using Adology.Modules.Platform.Randomness;

namespace Adology.Modules.Gather.Demo;

/// <summary>
/// SplitMix64 seeded from FNV-1a of the brand: the same sequence in every process and on every run, which
/// <see cref="string.GetHashCode()"/> (randomised per process) does not promise.
/// </summary>
internal static class StableRandom
{
    public static SplitMix64 For(string brand, int index, ulong purpose)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(brand))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return new SplitMix64(hash ^ (purpose << 32) ^ (uint)index);
    }
}
