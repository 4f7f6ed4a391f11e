namespace Adology.Modules.Contracts;

/// <summary>Content hashes (SHA-256) compared by their bytes, without the hex string each would cost a brand's 100,000 creatives.</summary>
public sealed class ContentHashComparer : IEqualityComparer<byte[]>
{
    public static readonly ContentHashComparer Instance = new();

    public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(byte[] hash)
    {
        var code = new HashCode();
        code.AddBytes(hash);
        return code.ToHashCode();
    }
}
