namespace Adology.Modules.Gather.AdLibrary;

/// <summary>
/// The API puts the access token in the URLs it hands back (<c>paging.next</c>, <c>ad_snapshot_url</c>); it is taken
/// out of every URL that is followed with the token in a header, kept, shown or logged.
/// </summary>
internal static class AccessTokens
{
    public const string Parameter = "access_token";

    public static Uri Without(Uri url)
    {
        if (string.IsNullOrEmpty(url.Query))
        {
            return url;
        }

        var kept = url.Query.TrimStart('?').Split('&')
            .Where(pair => !pair.Split('=')[0].Equals(Parameter, StringComparison.OrdinalIgnoreCase) && pair.Length > 0);
        return new UriBuilder(url) { Query = string.Join('&', kept) }.Uri;
    }

    /// <summary>The text with any occurrence of the token masked, for messages built from what the API said.</summary>
    public static string Scrub(string text, string? token) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, "***", StringComparison.Ordinal);
}
