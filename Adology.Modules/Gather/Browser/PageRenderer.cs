using System.Text.RegularExpressions;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Adology.Modules.Gather.Browser;

/// <summary>
/// Renders one page in the host's browser: a fresh context whose every request goes through <see cref="SafeRoutes"/>,
/// WebSockets, service workers and WebRTC blocked; loaded, scrolled a screen at a time, then read as HTML.
/// A render the browser died under is tried again in a restarted browser.
/// </summary>
internal sealed partial class PageRenderer(
    BrowserProcess process, SafeHttpClient http, PageScroller scroller, IOptions<BrowserOptions> options, ILogger<PageRenderer> logger)
{
    private const string NoWebRtc = "delete window.RTCPeerConnection; delete window.webkitRTCPeerConnection; delete window.RTCDataChannel;";

    private readonly BrowserOptions settings = options.Value;

    public async Task<RenderedPage> RenderAsync(Uri url, int scrolls, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RenderOnceAsync(url, scrolls, cancellationToken);
            }
            catch (PlaywrightException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (PlaywrightException exception) when (attempt < settings.Attempts)
            {
                // The page's own failures are RenderFailedException or timeouts by now; this is the browser failing
                // (it died, or the page crashed). Playwright keeps its TargetClosedException internal.
                logger.LogWarning("Rendering {Page} failed ({Reason}); trying again, attempt {Attempt} of {Attempts}.",
                    url.GetLeftPart(UriPartial.Path), WithoutQueries(FirstLine(exception.Message)), attempt + 1, settings.Attempts);
            }
            catch (PlaywrightException exception)
            {
                throw new RenderFailedException($"could not be rendered by the browser ({WithoutQueries(FirstLine(exception.Message))})");
            }
        }
    }

    private async Task<RenderedPage> RenderOnceAsync(Uri url, int scrolls, CancellationToken cancellationToken)
    {
        using var lease = await process.LeaseAsync(cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(settings.RenderTimeout);
        var routes = new SafeRoutes(http, settings.MaxBytesPerPage, stop.Token);
        var context = await lease.Browser.NewContextAsync(new()
        {
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
            ViewportSize = new() { Width = 1280, Height = 1024 },
        });
        try
        {
            // Playwright's calls take no token: closing the context is what ends them.
            await using var stopping = stop.Token.Register(() => _ = context.CloseAsync());
            await context.RouteAsync("**/*", routes.HandleAsync);
            await context.RouteWebSocketAsync(_ => true, socket => _ = socket.CloseAsync(new() { Code = 1008, Reason = "WebSockets are blocked." }));
            await context.AddInitScriptAsync(NoWebRtc);
            var page = await context.NewPageAsync();
            await LoadAsync(page, url, routes);
            await scroller.ScrollAsync(page, scrolls, routes, stop.Token);
            return new RenderedPage(await page.ContentAsync(), new Uri(page.Url));
        }
        catch (Exception exception) when (exception is PlaywrightException or OperationCanceledException
            && stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new RenderFailedException($"did not finish rendering within {settings.RenderTimeout.TotalSeconds:0} s");
        }
        finally
        {
            await stop.CancelAsync();
            await CloseQuietlyAsync(context);
        }
    }

    private async Task LoadAsync(IPage page, Uri url, SafeRoutes routes)
    {
        try
        {
            await page.GotoAsync(url.AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = (float)settings.LoadTimeout.TotalMilliseconds });
        }
        catch (PlaywrightException) when (routes.DocumentFailure is { } reason)
        {
            throw new RenderFailedException($"could not be fetched: {reason}", reason);
        }
        catch (TimeoutException)
        {
            throw new RenderFailedException($"did not load within {settings.LoadTimeout.TotalSeconds:0} s");
        }
    }

    private static async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser died with the context in it.
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    /// <summary>A URL's query may carry a secret (an Ad Library snapshot's access token): logs do not get it.</summary>
    private static string WithoutQueries(string text) => QueryString().Replace(text, "?…");

    [GeneratedRegex(@"\?[^\s""']*")]
    private static partial Regex QueryString();
}
