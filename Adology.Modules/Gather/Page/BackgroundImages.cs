using System.Text.RegularExpressions;
using Adology.Modules.Platform;

namespace Adology.Modules.Gather.Page;

/// <summary>The <c>url(…)</c> pictures of an inline style's <c>background</c> and <c>background-image</c> declarations.</summary>
internal static partial class BackgroundImages
{
    public static IReadOnlyList<string> In(string? style)
    {
        var pictures = new List<string>();
        if (string.IsNullOrEmpty(style) || !style.Contains("url(", StringComparison.OrdinalIgnoreCase))
        {
            return pictures;
        }

        try
        {
            foreach (Match declaration in Declaration().Matches(style))
            {
                var name = declaration.Groups["name"].Value;
                if (!name.Equals("background", StringComparison.OrdinalIgnoreCase) && !name.Equals("background-image", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (Match url in Url().Matches(declaration.Groups["value"].Value))
                {
                    var value = url.Groups["quoted"].Success ? url.Groups["quoted"].Value : url.Groups["bare"].Value;
                    if (value.Trim() is { Length: > 0 } trimmed)
                    {
                        pictures.Add(trimmed);
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A style written to make the patterns crawl (a page is untrusted): the pictures read so far, and no more.
        }

        return pictures;
    }

    // A value runs to the next ';' outside url(…) and quotes: a data: URL holds ';' of its own.
    [GeneratedRegex("""(?<name>[a-zA-Z-]+)\s*:(?<value>(?:url\((?:\s*"[^"]*"\s*|\s*'[^']*'\s*|[^)]*)\)|"[^"]*"|'[^']*'|[^;])*)""", RegexOptions.IgnoreCase, UntrustedText.MatchTimeoutMilliseconds)]
    private static partial Regex Declaration();

    [GeneratedRegex("""url\(\s*(?:"(?<quoted>[^"]*)"|'(?<quoted>[^']*)'|(?<bare>[^)]*))\s*\)""", RegexOptions.IgnoreCase, UntrustedText.MatchTimeoutMilliseconds)]
    private static partial Regex Url();
}
