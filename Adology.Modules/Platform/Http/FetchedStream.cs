namespace Adology.Modules.Platform.Http;

/// <summary>A response being read as a stream; disposing it ends the response.</summary>
internal sealed class FetchedStream(HttpResponseMessage response, Stream body, string? contentType, Uri finalUrl) : IAsyncDisposable
{
    public Stream Body => body;

    /// <summary>The header as the server sent it.</summary>
    public string? ContentType => contentType;

    public Uri FinalUrl => finalUrl;

    public async ValueTask DisposeAsync()
    {
        await body.DisposeAsync();
        response.Dispose();
    }
}
