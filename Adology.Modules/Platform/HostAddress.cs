namespace Adology.Modules.Platform;

/// <summary>
/// The address this host serves on, as other parts of the host reach it (the demo source downloads its
/// creatives from the host itself). Set by the host once it listens.
/// </summary>
public sealed class HostAddress
{
    private Uri? baseUri;

    public Uri BaseUri => baseUri ?? throw new InvalidOperationException("The host address is not known before the host listens.");

    internal void Set(Uri uri) => baseUri = uri;
}
