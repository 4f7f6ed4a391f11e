using System.Buffers;
using System.Text;

namespace Adology.Modules.Gather.Feed;

/// <summary>The bytes of one JSON value as written, copied block by block while a reader reads it a block at a time.</summary>
internal sealed class RawCapture
{
    private const int Idle = -1;

    private readonly ArrayBufferWriter<byte> bytes = new();
    private int start = Idle;

    public void Begin(int tokenStart)
    {
        bytes.ResetWrittenCount();
        start = tokenStart;
    }

    /// <summary>Keeps what this block held of the value; the next block begins with the bytes not consumed.</summary>
    public void Leave(ReadOnlySpan<byte> block, int consumed)
    {
        if (start != Idle)
        {
            bytes.Write(block[start..consumed]);
            start = 0;
        }
    }

    /// <summary>The value, ending at <paramref name="end"/> in this block; null when none was begun.</summary>
    public string? End(ReadOnlySpan<byte> block, int end)
    {
        if (start == Idle)
        {
            return null;
        }

        bytes.Write(block[start..end]);
        start = Idle;
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }
}
