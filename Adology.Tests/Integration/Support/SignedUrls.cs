namespace Adology.Tests.Integration.Support;

/// <summary>Reads the signed thumbnail URLs the API hands out (<c>path?exp=…&amp;sig=…</c>).</summary>
internal static class SignedUrls
{
    /// <summary>The path, without the expiry and signature: the same for two links of one picture signed at different times.</summary>
    public static string PathOf(string url) => url.Split('?')[0];

    public static string ParameterOf(string url, string name) =>
        System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://host"), url).Query)[name] ?? throw new InvalidOperationException($"{url} has no {name}.");
}
