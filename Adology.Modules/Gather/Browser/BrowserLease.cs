using Microsoft.Playwright;

namespace Adology.Modules.Gather.Browser;

/// <summary>One of the browser's page slots, held while a page is rendered.</summary>
internal sealed class BrowserLease(IBrowser browser, SemaphoreSlim slots) : IDisposable
{
    private int released;

    public IBrowser Browser => browser;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            slots.Release();
        }
    }
}
