using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Adology.Modules.Gather.Browser;

/// <summary>
/// The host's one Chromium, started on first use and started again after it dies; at most
/// <see cref="BrowserOptions.MaxPages"/> pages are rendered in it at once.
/// </summary>
internal sealed class BrowserProcess(IOptions<BrowserOptions> options, ILogger<BrowserProcess> logger) : IAsyncDisposable
{
    private readonly BrowserOptions settings = options.Value;
    private readonly SemaphoreSlim starting = new(1, 1);
    private readonly SemaphoreSlim pages = new(options.Value.MaxPages, options.Value.MaxPages);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private bool stopping;

    /// <summary>Waits for a free page slot, then gives the running browser; dispose the lease to free the slot.</summary>
    public async Task<BrowserLease> LeaseAsync(CancellationToken cancellationToken)
    {
        await pages.WaitAsync(cancellationToken);
        try
        {
            return new BrowserLease(await RunningAsync(cancellationToken), pages);
        }
        catch
        {
            pages.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        stopping = true;
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        starting.Dispose();
        pages.Dispose();
    }

    private async Task<IBrowser> RunningAsync(CancellationToken cancellationToken)
    {
        await starting.WaitAsync(cancellationToken);
        try
        {
            if (browser is { IsConnected: true })
            {
                return browser;
            }

            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options(settings.ExecutablePath));
            browser.Disconnected += OnDisconnected;
            logger.LogInformation("Started the browser {Path} (Chromium {Version}).", settings.ExecutablePath, browser.Version);
            return browser;
        }
        finally
        {
            starting.Release();
        }
    }

    private void OnDisconnected(object? sender, IBrowser ended)
    {
        if (!stopping)
        {
            logger.LogWarning("The browser process ended; the next page starts a new one.");
        }
    }
}
