using System.Buffers;
using Adology.Modules.Platform.Buffers;

namespace Adology.Modules.Platform.Http;

/// <summary>
/// Reads a successful response's body under the size cap. It sits inside the retry and the per-attempt
/// timeout, so a stalled or broken body is timed out and retried like a failed request.
/// </summary>
internal sealed class BodyLimitHandler(long maxBodyBytes) : DelegatingHandler
{
    /// <summary>Set on a request whose caller reads the body as a stream and bounds it itself.</summary>
    public static readonly HttpRequestOptionsKey<bool> Streamed = new("adology.streamed");

    /// <summary>Set on a request whose body has a lower cap than the client's.</summary>
    public static readonly HttpRequestOptionsKey<BodyLimit> Limit = new("adology.body-limit");

    private const int FirstChunkBytes = 16 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode || (request.Options.TryGetValue(Streamed, out var streamed) && streamed))
        {
            return response;
        }

        try
        {
            var original = response.Content;
            var contentType = original.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : null;
            var limit = request.Options.TryGetValue(Limit, out var lower) && lower.MaxBytes < maxBodyBytes ? lower : null;
            response.Content = new BufferedContent(await ReadAsync(original, limit, cancellationToken), contentType);
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<byte[]> ReadAsync(HttpContent content, BodyLimit? limit, CancellationToken cancellationToken)
    {
        var maxBytes = limit?.MaxBytes ?? maxBodyBytes;
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw TooLarge(limit);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        if (declared is not { } length)
        {
            return await ReadToEndAsync(stream, limit, cancellationToken);
        }

        var body = GC.AllocateUninitializedArray<byte>((int)length);
        await stream.ReadExactlyAsync(body, cancellationToken);
        return body;
    }

    private async Task<byte[]> ReadToEndAsync(Stream stream, BodyLimit? limit, CancellationToken cancellationToken)
    {
        var maxBytes = limit?.MaxBytes ?? maxBodyBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(FirstChunkBytes);
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    buffer = PooledBuffer.Grow(buffer, filled);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    return buffer.AsSpan(0, filled).ToArray();
                }

                filled += read;
                if (filled > maxBytes)
                {
                    throw TooLarge(limit);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private FetchFailedException TooLarge(BodyLimit? limit) => new(
        limit is null ? $"body larger than {maxBodyBytes} bytes" : $"body larger than {limit.MaxBytes} bytes ({limit.Setting})", transient: false);
}
