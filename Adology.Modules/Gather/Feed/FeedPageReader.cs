using System.Buffers;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Buffers;

namespace Adology.Modules.Gather.Feed;

/// <summary>
/// Reads a feed page from its response stream in bounded memory: bytes are counted against the budget as they arrive,
/// strings are shortened as they arrive (<see cref="OverlongStrings"/>), and the parser holds at most one token.
/// </summary>
internal static class FeedPageReader
{
    private const int FirstBufferBytes = 64 * 1024;

    public static async Task<(List<GatheredCreative> Items, string? NextCursor)> ReadAsync(
        Stream body, int pageNumber, FeedBudget budget, OverlongStrings strings, CancellationToken cancellationToken)
    {
        var parser = new FeedPageParser(pageNumber, budget);
        var maxBufferBytes = strings.MaxStringBytes + FirstBufferBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(FirstBufferBytes);
        try
        {
            long pageBytes = 0;
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    buffer = buffer.Length < maxBufferBytes
                        ? PooledBuffer.Grow(buffer, filled)
                        : throw FeedPageParser.Malformed(pageNumber, $"it holds a value longer than {maxBufferBytes} bytes");
                }

                var received = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                pageBytes += received;
                budget.CountBytes(pageNumber, pageBytes, received);
                filled += strings.Filter(buffer.AsSpan(filled, received));
                var consumed = parser.Consume(buffer.AsSpan(0, filled), isFinalBlock: received == 0);
                if (received == 0)
                {
                    return (parser.Items, parser.NextCursor);
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
