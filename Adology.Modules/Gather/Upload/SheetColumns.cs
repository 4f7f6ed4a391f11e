namespace Adology.Modules.Gather.Upload;

/// <summary>
/// A sheet's column names as metadata keys: the known ones in their canonical spelling whatever their case, spaces
/// or underscores (<c>Landing URL</c> → <c>landingUrl</c>), any other as written.
/// </summary>
internal static class SheetColumns
{
    public const string Url = "url";
    public const string File = "file";

    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["url"] = Url,
        ["file"] = File,
        ["filename"] = File,
        ["headline"] = "headline",
        ["body"] = "body",
        ["cta"] = "cta",
        ["platform"] = "platform",
        ["landingurl"] = "landingUrl",
        ["startedat"] = "startedAt",
    };

    public static string Canonical(string header)
    {
        var trimmed = header.Trim();
        var squashed = string.Concat(trimmed.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return Known.GetValueOrDefault(squashed, trimmed);
    }
}
