using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Platform.Http;

/// <summary>
/// Posts to untrusted URLs under the same address rules as <see cref="SafeHttpClient"/> (http(s) only, public addresses
/// only), but once: no retry and no redirect, because the caller keeps its own durable count of attempts.
/// </summary>
internal sealed class SafePoster(IHttpClientFactory factory, IOptions<SafeHttpOptions> options)
{
    public const string Name = "safe-post";

    private readonly HttpClient http = factory.CreateClient(Name);
    private readonly SafeHttpOptions settings = options.Value;

    /// <summary>The answer's HTTP status (any, a redirect included); a <see cref="FetchFailedException"/> when none came.</summary>
    public async Task<int> PostAsync(Uri url, HttpContent content, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchFailedException($"refused URL {url}", transient: false);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            // Headers only: what a receiver answers beyond its status is not read.
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return (int)response.StatusCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw new FetchFailedException($"timed out after {settings.RequestTimeout.TotalSeconds:0.###} s", transient: true);
        }
        catch (HttpRequestException exception) when (exception.InnerException is FetchFailedException)
        {
            // The address rules refused the connection.
            throw exception.InnerException;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or SocketException)
        {
            throw new FetchFailedException(exception.Message, transient: true);
        }
    }
}
