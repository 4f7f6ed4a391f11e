using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;

namespace Adology.Modules.Gather.Feed;

/// <summary>
/// Reads one page of the feed format <c>{"items":[{"url":…,"metadata":{…}}],"nextCursor":…|null}</c>.
/// A page that is not of that shape fails the scan; an item without a usable URL is kept, to fail on its own.
/// </summary>
internal static class FeedPageParser
{
    public static (List<GatheredCreative> Items, string? NextCursor) Parse(byte[] json, int pageNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(pageNumber, "it is not a JSON object");
            }

            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw Malformed(pageNumber, "\"items\" is missing or not an array");
            }

            return ([.. items.EnumerateArray().Select(ReadItem)], ReadCursor(root, pageNumber));
        }
        catch (JsonException exception)
        {
            throw Malformed(pageNumber, $"it is not valid JSON ({exception.Message})");
        }
    }

    private static GatheredCreative ReadItem(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new GatheredCreative(string.Empty, null);
        }

        var url = item.TryGetProperty("url", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        var metadata = item.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object ? meta.GetRawText() : null;
        return new GatheredCreative(url, metadata);
    }

    private static string? ReadCursor(JsonElement root, int pageNumber)
    {
        if (!root.TryGetProperty("nextCursor", out var cursor) || cursor.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return cursor.ValueKind == JsonValueKind.String && cursor.GetString() is { Length: > 0 } text
            ? text
            : throw Malformed(pageNumber, "\"nextCursor\" is neither a non-empty string nor null");
    }

    private static GatherFailedException Malformed(int pageNumber, string why) =>
        new($"The feed's page {pageNumber} is malformed: {why}.");
}
