using System.Text.Json;
using Adology.Modules.Gather.Sources;

namespace Adology.Modules.Gather.Feed;

/// <summary>A page's <c>nextCursor</c>: a non-empty string no longer than the limit, or null at the feed's end.</summary>
internal static class FeedCursor
{
    public static string? Read(ref Utf8JsonReader reader, int pageNumber, int maxLength)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var cursor = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (string.IsNullOrEmpty(cursor))
        {
            throw FeedPageParser.Malformed(pageNumber, "\"nextCursor\" is neither a non-empty string nor null");
        }

        return cursor.Length <= maxLength
            ? cursor
            : throw new GatherFailedException(
                $"The feed's page {pageNumber} has a nextCursor of {cursor.Length} characters, more than {maxLength} ({GatherOptions.Section}:{nameof(GatherOptions.MaxCursorLength)}).");
    }
}
