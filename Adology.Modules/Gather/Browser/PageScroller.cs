using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Adology.Modules.Gather.Browser;

/// <summary>
/// Scrolls a page a screen at a time so lazy pictures and infinite lists load, waiting after each scroll for the
/// requests it started; stops after the asked scrolls, at the time limit, or when the bottom stays the bottom.
/// </summary>
internal sealed class PageScroller(IOptions<BrowserOptions> options, TimeProvider clock)
{
    private const string Measure = """
        () => {
            const page = document.scrollingElement || document.documentElement;
            return [page.scrollHeight, window.scrollY + window.innerHeight >= page.scrollHeight - 2 ? 1 : 0];
        }
        """;

    private readonly BrowserOptions settings = options.Value;

    public async Task ScrollAsync(IPage page, int scrolls, SafeRoutes routes, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        await SettleAsync(routes, cancellationToken);
        var last = await page.EvaluateAsync<int[]>(Measure);
        for (var done = 0; done < scrolls && clock.GetElapsedTime(started) < settings.ScrollTimeout; done++)
        {
            await page.EvaluateAsync("() => window.scrollBy(0, window.innerHeight)");
            await SettleAsync(routes, cancellationToken);
            var now = await page.EvaluateAsync<int[]>(Measure);
            if (last[1] == 1 && now[1] == 1 && now[0] == last[0])
            {
                return;
            }

            last = now;
        }
    }

    private async Task SettleAsync(SafeRoutes routes, CancellationToken cancellationToken)
    {
        await Task.Delay(settings.ScrollPause, clock, cancellationToken);
        var waiting = clock.GetTimestamp();
        while (!routes.Idle && clock.GetElapsedTime(waiting) < settings.SettleTimeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), clock, cancellationToken);
        }
    }
}
