using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// Tells from the size a page gives a picture (its <c>width</c>/<c>height</c> attributes or inline style, in
/// pixels) whether it is too small to be an ad: a tracking pixel, or an icon under the minimum size.
/// </summary>
internal static partial class PictureSize
{
    public const string Tracker = "tracking pixel (1×1 or smaller)";

    public static string Icon(int minSize) => $"icon (under {minSize}×{minSize} px)";

    /// <summary>Why the element's picture is too small to be an ad, or null when it may be one (or its size is unknown).</summary>
    public static string? TooSmall(IElement element, int minSize)
    {
        var style = element.GetAttribute("style");
        int?[] known = [Pixels(element.GetAttribute("width")) ?? StylePixels(style, "width"), Pixels(element.GetAttribute("height")) ?? StylePixels(style, "height")];
        var sizes = known.OfType<int>().ToList();
        if (sizes.Count == 0)
        {
            return null;
        }

        if (sizes.Exists(size => size <= 1))
        {
            return Tracker;
        }

        return sizes.TrueForAll(size => size < minSize) ? Icon(minSize) : null;
    }

    private static int? Pixels(string? value)
    {
        var text = value?.Trim();
        if (text is null || text.EndsWith('%'))
        {
            return null;
        }

        text = text.EndsWith("px", StringComparison.OrdinalIgnoreCase) ? text[..^2].TrimEnd() : text;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var pixels) && pixels >= 0 ? (int)Math.Round(pixels) : null;
    }

    private static int? StylePixels(string? style, string property)
    {
        if (style is null)
        {
            return null;
        }

        foreach (Match match in Declaration().Matches(style))
        {
            if (match.Groups["name"].Value.Equals(property, StringComparison.OrdinalIgnoreCase) && match.Groups["value"].Value.Trim() is [.., 'x'] value)
            {
                return Pixels(value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:^|;)\s*(?<name>[a-zA-Z-]+)\s*:\s*(?<value>[^;]*)")]
    private static partial Regex Declaration();
}
