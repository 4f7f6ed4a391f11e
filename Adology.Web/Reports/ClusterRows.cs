using System.Globalization;
using System.Text.Json;

namespace Adology.Web.Reports;

/// <summary>
/// Rows of the clusters sheet from the analysis's <c>clusters</c>, whatever shape the clustering settles on: a list of
/// clusters (<c>{cluster|id|label|name, theme, creativeIds|creatives|members}</c>), a list of flat rows
/// (<c>{cluster, creativeId, theme}</c>), or an object of clusters by name.
/// </summary>
internal static class ClusterRows
{
    /// <summary>Empty when the analysis has no clusters.</summary>
    public static IEnumerable<ClusterRow> From(JsonElement? analysis) =>
        AnalysisJson.Property(analysis, "clusters") switch
        {
            { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().SelectMany((cluster, index) => Rows(cluster, (index + 1).ToString(CultureInfo.InvariantCulture))),
            { ValueKind: JsonValueKind.Object } byName => byName.EnumerateObject().SelectMany(cluster => Rows(cluster.Value, cluster.Name)),
            _ => [],
        };

    private static IEnumerable<ClusterRow> Rows(JsonElement cluster, string fallbackName)
    {
        var name = AnalysisJson.Text(cluster, "cluster", "id", "clusterId", "label", "name") ?? fallbackName;
        var theme = AnalysisJson.Text(cluster, "theme", "label", "name");
        if (AnalysisJson.Text(cluster, "creativeId") is { } single)
        {
            return [new ClusterRow(name, single, theme)];
        }

        var members = cluster.ValueKind == JsonValueKind.Array
            ? cluster
            : AnalysisJson.Property(cluster, "creativeIds") ?? AnalysisJson.Property(cluster, "creatives") ?? AnalysisJson.Property(cluster, "members");
        return members is { ValueKind: JsonValueKind.Array } ids
            ? ids.EnumerateArray()
                .Select(member => AnalysisJson.Text(member) ?? AnalysisJson.Text(member, "id", "creativeId"))
                .OfType<string>()
                .Select(id => new ClusterRow(name, id, theme))
            : [];
    }
}
