using Adology.Modules.Contracts;
using Adology.Modules.Gather.AdLibrary;
using Adology.Modules.Gather.Browser;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Sources;

/// <summary>Refuses at request time the sources this host is not set up for, saying what is missing.</summary>
internal sealed class SourceAvailability(IOptionsMonitor<AdLibraryOptions> adLibrary, IOptions<BrowserOptions> browser) : ISourceAvailability
{
    public string? Unavailable(string sourceType) => sourceType switch
    {
        SourceTypes.AdLibrary when string.IsNullOrWhiteSpace(adLibrary.CurrentValue.AccessToken) =>
            $"The ad library source is not configured on this host: set {AdLibraryOptions.Section}:AccessToken to a Meta Ad Library API access token.",
        SourceTypes.Browser when !File.Exists(browser.Value.ExecutablePath) =>
            $"The browser source needs Chromium, which is not installed at {browser.Value.ExecutablePath} on this host " +
            $"(install the chromium package, or set {BrowserOptions.Section}:ExecutablePath).",
        _ => null,
    };
}
