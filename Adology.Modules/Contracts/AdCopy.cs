using System.Text.Json;

namespace Adology.Modules.Contracts;

/// <summary>
/// The copy of an ad as its metadata gives it: <c>headline</c> (or <c>title</c>), <c>body</c> (or <c>text</c>,
/// <c>description</c>), <c>callToAction</c> (or <c>cta</c>) and <c>alt</c> (or <c>altText</c>), the names the demo
/// source and common ad feeds use.
/// </summary>
public sealed record AdCopy(string? Headline, string? Body, string? CallToAction)
{
    public static AdCopy None { get; } = new(null, null, null);

    /// <summary>The picture's alternative text, where the page or feed gave one.</summary>
    public string? AltText { get; init; }

    /// <summary>Headline, body and call to action as one text, as the cheap text embedding and the content rules read it.</summary>
    public string Text => Join(Headline, Body, CallToAction);

    /// <summary>All the ad says, the text printed on its picture included: what the copy model embeds.</summary>
    public string WithPicture(string? onImageText) => Join(Headline, Body, CallToAction, AltText, onImageText);

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
            return Of(document.RootElement);
        }
        catch (JsonException)
        {
            return None;
        }
    }

    /// <summary>The copy of parsed metadata; <see cref="None"/> when it is not a JSON object.</summary>
    public static AdCopy Of(JsonElement metadata) =>
        metadata.ValueKind == JsonValueKind.Object
            ? new AdCopy(Property(metadata, "headline", "title"), Property(metadata, "body", "text", "description"), Property(metadata, "callToAction", "cta"))
            {
                AltText = Property(metadata, "alt", "altText"),
            }
            : None;

    private static string Join(params ReadOnlySpan<string?> parts)
    {
        var kept = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                kept.Add(part);
            }
        }

        return string.Join('\n', kept);
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
