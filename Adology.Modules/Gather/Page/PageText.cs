namespace Adology.Modules.Gather.Page;

/// <summary>Text of a page as metadata keeps it: whitespace collapsed, bounded, null when empty.</summary>
internal static class PageText
{
    public const int MaxLength = 500;

    public static string? Of(AngleSharp.Dom.INode node) => Clean(node.TextContent);

    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxLength ? collapsed : collapsed[..MaxLength];
    }
}
