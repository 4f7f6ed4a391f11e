using System.Net;

namespace Adology.Modules.Platform.Http;

/// <summary>A body already read in full, handed out without another copy.</summary>
internal sealed class BufferedContent(byte[] bytes, string? contentType) : HttpContent
{
    public byte[] Bytes => bytes;

    public string? ContentType => contentType;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
