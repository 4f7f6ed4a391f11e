using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Adology.Modules.Platform.Http;

/// <summary>
/// Downloads untrusted URLs: http(s) only, public addresses only (see <see cref="SafeConnector"/>), redirects
/// followed and re-checked here, bodies capped, transient failures retried, every failure a <see cref="FetchFailedException"/>.
/// </summary>
internal sealed class SafeHttpClient(IHttpClientFactory factory, IOptions<SafeHttpOptions> options)
{
    public const string Name = "safe-http";

    private readonly HttpClient http = factory.CreateClient(Name);
    private readonly SafeHttpOptions settings = options.Value;

    public Task<FetchedBody> FetchAsync(Uri url, CancellationToken cancellationToken) => FetchAsync(url, FetchOptions.None, cancellationToken);

    public async Task<FetchedBody> FetchAsync(Uri url, FetchOptions fetch, CancellationToken cancellationToken)
    {
        var (response, finalUrl) = await SendAsync(url, fetch, streamed: false, cancellationToken);
        using (response)
        {
            var body = (BufferedContent)response.Content;
            return new FetchedBody(body.Bytes, body.ContentType, finalUrl);
        }
    }

    /// <summary>
    /// The body as a stream, for a caller that bounds what it reads as it reads (the cap of <see cref="FetchAsync(Uri, CancellationToken)"/>
    /// does not apply): redirects are followed and failures reported as for a download, but a body broken off midway is not retried.
    /// </summary>
    public async Task<FetchedStream> OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var (response, finalUrl) = await SendAsync(url, FetchOptions.None, streamed: true, cancellationToken);
        try
        {
            var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : null;
            return new FetchedStream(response, await response.Content.ReadAsStreamAsync(cancellationToken), contentType, finalUrl);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<(HttpResponseMessage Response, Uri FinalUrl)> SendAsync(Uri url, FetchOptions fetch, bool streamed, CancellationToken cancellationToken)
    {
        using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        total.CancelAfter(settings.TotalTimeout);
        try
        {
            return await FollowAsync(url, fetch, streamed, total.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is not FetchFailedException)
        {
            throw Translate(exception, total.IsCancellationRequested);
        }
    }

    private async Task<(HttpResponseMessage Response, Uri FinalUrl)> FollowAsync(Uri url, FetchOptions fetch, bool streamed, CancellationToken cancellationToken)
    {
        var origin = url;
        for (var redirects = 0; ; redirects++)
        {
            RequireHttp(url);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            // Credentials go to the origin they were meant for, never to where a redirect points elsewhere.
            if (fetch.Authorization is { } authorization && Uri.Compare(url, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                request.Headers.Authorization = authorization;
            }

            request.Options.Set(BodyLimitHandler.Streamed, streamed);
            if (fetch.BodyLimit is { } limit)
            {
                request.Options.Set(BodyLimitHandler.Limit, limit);
            }

            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (response, url);
            }

            using var refused = response;
            if (!IsRedirect(response.StatusCode))
            {
                throw await FailedAsync(response, fetch.ErrorBodyBytes, cancellationToken);
            }

            if (redirects == settings.MaxRedirects)
            {
                throw new FetchFailedException($"too many redirects (more than {settings.MaxRedirects})", transient: false);
            }

            url = response.Headers.Location is { } location
                ? new Uri(url, location)
                : throw new FetchFailedException($"HTTP {(int)response.StatusCode} redirect without a Location", transient: false);
        }
    }

    private static void RequireHttp(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            throw new FetchFailedException($"not an absolute URL: {url}", transient: false);
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchFailedException($"refused scheme {url.Scheme}", transient: false);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently
        or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async Task<FetchFailedException> FailedAsync(HttpResponseMessage response, int errorBodyBytes, CancellationToken cancellationToken)
    {
        var retryAfter = response.Headers.RetryAfter is { } header ? $" (Retry-After {header})" : "";
        return new FetchFailedException(
            $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}{retryAfter}", SafeHttpRetry.IsTransient(response.StatusCode))
        {
            Status = (int)response.StatusCode,
            ErrorBody = errorBodyBytes > 0 ? await ErrorBodyAsync(response.Content, errorBodyBytes, cancellationToken) : null,
        };
    }

    private static async Task<byte[]> ErrorBodyAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes];
        var filled = await stream.ReadAtLeastAsync(buffer, maxBytes, throwOnEndOfStream: false, cancellationToken);
        return buffer[..filled];
    }

    private FetchFailedException Translate(Exception exception, bool totalTimedOut) => exception switch
    {
        HttpRequestException { InnerException: FetchFailedException refused } => refused,
        _ when totalTimedOut => new($"timed out after {Seconds(settings.TotalTimeout)} s in total", transient: true),
        TimeoutRejectedException => new($"timed out after {Seconds(settings.RequestTimeout)} s", transient: true),
        OperationCanceledException => new($"timed out connecting after {Seconds(settings.ConnectTimeout)} s", transient: true),
        HttpRequestException or IOException or SocketException => new(exception.Message, transient: true),
        _ => new(exception.Message, transient: false),
    };

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.###");
}
