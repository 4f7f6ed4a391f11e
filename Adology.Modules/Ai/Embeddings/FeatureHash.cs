namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// FNV-1a over UTF-16 code units, finished with the SplitMix64 mixer so every bit depends on every input:
/// the same bucket in every process, which <see cref="string.GetHashCode()"/> (randomised per process) does not promise.
/// </summary>
internal struct FeatureHash(ulong family)
{
    private ulong state = 14695981039346656037UL ^ (family * 0x9E3779B97F4A7C15UL);

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            state = (state ^ c) * 1099511628211UL;
        }
    }

    public void Add(char c) => state = (state ^ c) * 1099511628211UL;

    public readonly int Bucket(int buckets)
    {
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) % (ulong)buckets);
    }
}
