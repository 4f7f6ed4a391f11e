using System.Globalization;
using System.Text.Json;

namespace Adology.Modules.Commit;

/// <summary>
/// When a creative was seen running. A source that knows when the ad really ran says so in its metadata
/// (<c>startedAt</c>, <c>stoppedAt</c>, ISO 8601: the ad library's delivery dates, a sheet's column); otherwise
/// the scan's time is all there is. Dates after the scan are not believed.
/// </summary>
internal static class SeenDates
{
    public static (DateTimeOffset First, DateTimeOffset Last) Of(string? metadataJson, DateTimeOffset now)
    {
        // Most metadata has neither: not parsed again for nothing.
        if (metadataJson is null || (!metadataJson.Contains("\"startedAt\"", StringComparison.Ordinal) && !metadataJson.Contains("\"stoppedAt\"", StringComparison.Ordinal)))
        {
            return (now, now);
        }

        try
        {
            using var document = JsonDocument.Parse(metadataJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (now, now);
            }

            var first = Date(root, "startedAt") is { } started && started < now ? started : now;
            var last = Date(root, "stoppedAt") is { } stopped && stopped < now && stopped >= first ? stopped : now;
            return (first, last);
        }
        catch (JsonException)
        {
            return (now, now);
        }
    }

    private static DateTimeOffset? Date(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : null;
}
