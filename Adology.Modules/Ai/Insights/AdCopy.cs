using System.Text.Json;

namespace Adology.Modules.Ai.Insights;

/// <summary>
/// The copy of an ad as its metadata gives it: <c>headline</c>, <c>body</c> (or <c>text</c>, <c>description</c>)
/// and <c>callToAction</c> (or <c>cta</c>), the names the demo source and common ad feeds use.
/// </summary>
internal sealed record AdCopy(string? Headline, string? Body, string? CallToAction)
{
    public static AdCopy None { get; } = new(null, null, null);

    /// <summary>All of it as one text, as the text embedding and the themes read it.</summary>
    public string Text => string.Join('\n', new[] { Headline, Body, CallToAction }.Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>The copy of the metadata; <see cref="None"/> when it is missing or not a JSON object.</summary>
    public static AdCopy Of(string? metadataJson)
    {
        if (string.IsNullOrWhiteSpace(metadataJson))
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(metadataJson);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? new AdCopy(Property(root, "headline", "title"), Property(root, "body", "text", "description"), Property(root, "callToAction", "cta"))
                : None;
        }
        catch (JsonException)
        {
            return None;
        }
    }

    private static string? Property(JsonElement root, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}
