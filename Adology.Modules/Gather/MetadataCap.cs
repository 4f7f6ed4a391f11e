using System.Text;
using System.Text.Json.Nodes;

namespace Adology.Modules.Gather;

/// <summary>
/// Caps a gathered creative's metadata (its copy and whatever else the source sends), so one hostile item cannot make
/// every later step read megabytes: a text field longer than the field limit is cut there, and metadata still over the
/// item limit loses its longest fields (a nested object or list only goes whole this way). Each field cut or left out is named in <see cref="TruncatedField"/>; the item is kept.
/// </summary>
internal static class MetadataCap
{
    public const string TruncatedField = "_truncated";

    public static string? Apply(string? metadataJson, int maxFieldLength, int maxBytes)
    {
        if (metadataJson is null || (metadataJson.Length <= maxFieldLength && Encoding.UTF8.GetByteCount(metadataJson) <= maxBytes))
        {
            return metadataJson;
        }

        if (JsonNode.Parse(metadataJson) is not JsonObject metadata)
        {
            return null;
        }

        var truncated = new List<string>();
        foreach (var (name, value) in metadata.ToList())
        {
            if (value is not null && Cut(value, maxFieldLength) is { } cut)
            {
                metadata[name] = cut;
                truncated.Add(name);
            }
        }

        while (Size(metadata) > maxBytes && metadata.Count > 0)
        {
            var longest = metadata.OrderByDescending(field => Size(field.Value)).First().Key;
            metadata.Remove(longest);
            if (!truncated.Contains(longest))
            {
                truncated.Add(longest);
            }
        }

        metadata[TruncatedField] = new JsonArray([.. truncated.Select(name => JsonValue.Create(name))]);
        return metadata.ToJsonString();
    }

    /// <summary>A text cut at the limit (not between the halves of a surrogate pair), or null when it is not too long.</summary>
    private static JsonValue? Cut(JsonNode value, int maxFieldLength)
    {
        if (value is not JsonValue text || !text.TryGetValue<string>(out var content) || content.Length <= maxFieldLength)
        {
            return null;
        }

        var length = char.IsHighSurrogate(content[maxFieldLength - 1]) ? maxFieldLength - 1 : maxFieldLength;
        return JsonValue.Create(content[..length]);
    }

    private static int Size(JsonNode? value) => value is null ? 4 : Encoding.UTF8.GetByteCount(value.ToJsonString());
}
