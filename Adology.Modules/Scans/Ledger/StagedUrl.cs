namespace Adology.Modules.Scans.Ledger;

/// <summary>Checks a gathered URL before it is staged, so a malformed one fails as an item, with its reason.</summary>
internal static class StagedUrl
{
    public const int MaxLength = 2048;

    public static string? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "missing URL";
        }

        if (url.Length > MaxLength)
        {
            return $"URL longer than {MaxLength} characters";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "not an absolute http(s) URL";
        }

        return null;
    }
}
