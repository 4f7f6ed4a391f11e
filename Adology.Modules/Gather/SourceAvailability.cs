using Adology.Modules.Contracts;
using Adology.Modules.Gather.Browser;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather;

/// <summary>The browser source needs Chromium on this machine; every other source runs anywhere.</summary>
internal sealed class SourceAvailability(IOptions<BrowserOptions> browser) : ISourceAvailability
{
    public string? WhyUnavailable(string? sourceType) =>
        sourceType == SourceTypes.Browser && !File.Exists(browser.Value.ExecutablePath)
            ? $"The browser source needs Chromium, which is not installed at {browser.Value.ExecutablePath} on this host " +
              $"(install the chromium package, or set {BrowserOptions.Section}:ExecutablePath)."
            : null;
}
