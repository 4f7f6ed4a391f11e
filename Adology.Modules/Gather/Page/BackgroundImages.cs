using System.Text.RegularExpressions;

namespace Adology.Modules.Gather.Page;

/// <summary>The <c>url(…)</c> pictures of an inline style's <c>background</c> and <c>background-image</c> declarations.</summary>
internal static partial class BackgroundImages
{
    public static IEnumerable<string> In(string? style)
    {
        if (string.IsNullOrEmpty(style) || !style.Contains("url(", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

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
                    yield return trimmed;
                }
            }
        }
    }

    // A value runs to the next ';' outside url(…) and quotes: a data: URL holds ';' of its own.
    [GeneratedRegex("""(?<name>[a-zA-Z-]+)\s*:(?<value>(?:url\((?:\s*"[^"]*"\s*|\s*'[^']*'\s*|[^)]*)\)|"[^"]*"|'[^']*'|[^;])*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();

    [GeneratedRegex("""url\(\s*(?:"(?<quoted>[^"]*)"|'(?<quoted>[^']*)'|(?<bare>[^)]*))\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
