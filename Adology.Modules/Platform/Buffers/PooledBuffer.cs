using System.Buffers;

namespace Adology.Modules.Platform.Buffers;

/// <summary>Buffers rented from the shared pool by readers that fill them as a stream arrives.</summary>
internal static class PooledBuffer
{
    /// <summary>A rented buffer twice as large holding the first <paramref name="filled"/> bytes; the old one goes back to the pool.</summary>
    public static byte[] Grow(byte[] buffer, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
