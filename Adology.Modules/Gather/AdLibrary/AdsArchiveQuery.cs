using System.Text.Json;
using Adology.Modules.Contracts;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>
/// The first <c>ads_archive</c> URL of a scan's search. The token is not in it (it goes in a header); array
/// parameters are JSON arrays and enumerations upper case, as the Graph API takes them.
/// </summary>
internal static class AdsArchiveQuery
{
    public const string Fields =
        "id,page_id,page_name,ad_snapshot_url,ad_creative_bodies,ad_creative_link_titles,ad_creative_link_captions," +
        "ad_creative_link_descriptions,ad_delivery_start_time,ad_delivery_stop_time,publisher_platforms";

    public static Uri For(ScanSourceRequest source, Uri baseUrl, int pageSize)
    {
        var parameters = new List<(string Name, string Value)>
        {
            ("search_terms", source.SearchTerms!.Trim()),
            ("ad_reached_countries", JsonArray(source.Countries!)),
            // Without it the API lists only political and issue ads.
            ("ad_type", "ALL"),
            ("fields", Fields),
            ("limit", pageSize.ToString()),
        };
        if (source.ActiveStatus is { } status)
        {
            parameters.Add(("ad_active_status", status.ToUpperInvariant()));
        }

        if (source.From is { } from)
        {
            parameters.Add(("ad_delivery_date_min", from.ToString("yyyy-MM-dd")));
        }

        if (source.To is { } to)
        {
            parameters.Add(("ad_delivery_date_max", to.ToString("yyyy-MM-dd")));
        }

        if (source.Platforms is { Count: > 0 } platforms)
        {
            parameters.Add(("publisher_platforms", JsonArray(platforms)));
        }

        var query = string.Join('&', parameters.Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value)}"));
        return new Uri($"{baseUrl.AbsoluteUri.TrimEnd('/')}/ads_archive?{query}");
    }

    private static string JsonArray(IEnumerable<string> values) =>
        JsonSerializer.Serialize(values.Select(value => value.Trim().ToUpperInvariant()));
}
