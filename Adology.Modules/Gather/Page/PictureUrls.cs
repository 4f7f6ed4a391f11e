namespace Adology.Modules.Gather.Page;

/// <summary>Turns a picture reference of a page into the URL to gather, or says why it is left out.</summary>
internal static class PictureUrls
{
    public const string NotRaster = "not a raster picture (SVG or icon file)";

    public const string NotHttp = "not an http(s) URL";

    /// <summary>
    /// The absolute http(s) URL without its fragment, or the <c>data:</c> URL as written; a reason instead
    /// when the reference cannot be gathered; neither when there is no reference.
    /// </summary>
    public static (string? Url, string? Skip) Resolve(Uri baseUri, string? reference)
    {
        var text = reference?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return text.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase) ? (null, NotRaster) : (text, null);
        }

        if (Absolute(baseUri, text) is not { } url)
        {
            return (null, NotHttp);
        }

        var path = url.AbsolutePath;
        return path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ico", StringComparison.OrdinalIgnoreCase)
            ? (null, NotRaster)
            : (url.GetLeftPart(UriPartial.Query), null);
    }

    /// <summary>The reference resolved against <paramref name="baseUri"/> when it is an http(s) URL.</summary>
    public static Uri? Absolute(Uri baseUri, string? reference) =>
        Uri.TryCreate(baseUri, reference?.Trim(), out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
}
