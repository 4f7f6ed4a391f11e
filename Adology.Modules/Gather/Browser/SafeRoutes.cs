using System.Collections.Concurrent;
using Adology.Modules.Platform.Http;
using Microsoft.Playwright;

namespace Adology.Modules.Gather.Browser;

/// <summary>
/// Serves every request of one page's browser context through the <see cref="SafeHttpClient"/>, so the browser
/// itself never connects anywhere: a refused address, scheme or redirect is refused here as it would be to the
/// acquire step. Only GETs are served; pictures, media and fonts are not loaded, since rendering does not need them
/// and the acquire step downloads the pictures it is given.
/// </summary>
internal sealed class SafeRoutes(SafeHttpClient http, long maxBytes, CancellationToken cancellationToken)
{
    private static readonly HashSet<string> Unneeded = new(StringComparer.Ordinal) { "image", "media", "font" };

    /// <summary>Documents the safe client reached through redirects, kept until the browser follows the redirect to them.</summary>
    private readonly ConcurrentDictionary<string, FetchedBody> redirected = new(StringComparer.Ordinal);
    private long servedBytes;
    private int inFlight;

    /// <summary>Why the page's own document could not be loaded, when it could not.</summary>
    public string? DocumentFailure { get; private set; }

    public bool Idle => Volatile.Read(ref inFlight) == 0;

    public async Task HandleAsync(IRoute route)
    {
        var request = route.Request;
        var isDocument = request.IsNavigationRequest && request.Frame.ParentFrame is null;
        if (request.Method != "GET" || Unneeded.Contains(request.ResourceType))
        {
            await AbortAsync(route, isDocument, $"the browser may only GET, not {request.Method}");
            return;
        }

        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url))
        {
            await AbortAsync(route, isDocument, $"not an absolute URL: {request.Url}");
            return;
        }

        Interlocked.Increment(ref inFlight);
        try
        {
            await ServeAsync(route, url, request.IsNavigationRequest, isDocument);
        }
        catch (FetchFailedException exception)
        {
            await AbortAsync(route, isDocument, exception.Reason);
        }
        catch (OperationCanceledException)
        {
            await Quietly(route.AbortAsync("aborted"));
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task ServeAsync(IRoute route, Uri url, bool isNavigation, bool isDocument)
    {
        if (!(isNavigation && redirected.TryRemove(url.AbsoluteUri, out var body)))
        {
            body = await http.FetchAsync(url, cancellationToken);
            if (Interlocked.Add(ref servedBytes, body.Content.Length) > maxBytes)
            {
                await AbortAsync(route, isDocument, $"the page loaded more than {maxBytes} bytes");
                return;
            }
        }

        // The browser is told of a document's redirect, so the page's own URL (and what it resolves against) is the final one.
        if (isNavigation && body.FinalUrl != url)
        {
            redirected[body.FinalUrl.AbsoluteUri] = body;
            await Quietly(route.FulfillAsync(new() { Status = 302, Headers = [new("Location", body.FinalUrl.AbsoluteUri)] }));
            return;
        }

        await Quietly(route.FulfillAsync(new() { Status = 200, BodyBytes = body.Content, ContentType = body.ContentType }));
    }

    private async Task AbortAsync(IRoute route, bool isDocument, string reason)
    {
        if (isDocument)
        {
            DocumentFailure ??= reason;
        }

        await Quietly(route.AbortAsync("blockedbyclient"));
    }

    /// <summary>The page may be closed while its requests are answered; nobody is left to tell.</summary>
    private static async Task Quietly(Task answer)
    {
        try
        {
            await answer;
        }
        catch (PlaywrightException)
        {
        }
    }
}
