using Adology.Modules.Contracts;
using Adology.Modules.Gather.AdLibrary;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Sources;

/// <summary>Refuses at request time the sources this host is not set up for, saying what is missing.</summary>
internal sealed class SourceAvailability(IOptionsMonitor<AdLibraryOptions> adLibrary) : ISourceAvailability
{
    public string? Unavailable(string sourceType) => sourceType switch
    {
        SourceTypes.AdLibrary when string.IsNullOrWhiteSpace(adLibrary.CurrentValue.AccessToken) =>
            $"The ad library source is not configured on this host: set {AdLibraryOptions.Section}:AccessToken to a Meta Ad Library API access token.",
        _ => null,
    };
}
