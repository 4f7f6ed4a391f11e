using System.Globalization;
using System.Text.Json;
using Adology.Modules.Gather.Sources;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>Reads a page of <c>ads_archive</c>: <c>{"data":[{…}],"paging":{"cursors":{…},"next":"…"}}</c>.</summary>
internal static class AdsArchiveParser
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static AdsArchivePage Parse(byte[] json, int pageNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                throw Malformed(pageNumber, "\"data\" is missing or not an array");
            }

            return new AdsArchivePage([.. data.EnumerateArray().Where(ad => ad.ValueKind == JsonValueKind.Object).Select(Ad)], Next(root));
        }
        catch (JsonException exception)
        {
            throw Malformed(pageNumber, $"it is not valid JSON ({exception.Message})");
        }
    }

    private static ArchivedAd Ad(JsonElement ad) => new(
        Text(ad, "id"),
        Text(ad, "page_name"),
        Text(ad, "page_id"),
        Text(ad, "ad_snapshot_url"),
        Texts(ad, "ad_creative_bodies"),
        Texts(ad, "ad_creative_link_titles"),
        Texts(ad, "ad_creative_link_captions"),
        Texts(ad, "ad_creative_link_descriptions"),
        Date(Text(ad, "ad_delivery_start_time")),
        Date(Text(ad, "ad_delivery_stop_time")),
        [.. Texts(ad, "publisher_platforms").Select(platform => platform.ToLowerInvariant())]);

    private static Uri? Next(JsonElement root) =>
        root.TryGetProperty("paging", out var paging) && paging.ValueKind == JsonValueKind.Object
        && Text(paging, "next") is { } next && Uri.TryCreate(next, UriKind.Absolute, out var url) ? url : null;

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    } : null;

    private static List<string> Texts(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)]
            : [];

    /// <summary>The API has given days (<c>2026-01-05</c>) and times (<c>2019-03-21T20:00:00+0000</c>): both become ISO 8601 UTC.</summary>
    private static string? Date(string? text) =>
        DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : null;

    private static GatherFailedException Malformed(int pageNumber, string why) =>
        new($"The ad library's page {pageNumber} is malformed: {why}.");
}
