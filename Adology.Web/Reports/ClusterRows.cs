using System.Globalization;
using System.Text.Json;
using Adology.Modules.Contracts;

namespace Adology.Web.Reports;

/// <summary>Rows of the clusters sheet: every member of every cluster, with the cluster's themes from the analysis's <c>clusters</c>.</summary>
internal static class ClusterRows
{
    public static async IAsyncEnumerable<ClusterRow> FromAsync(JsonElement? analysis, IAsyncEnumerable<ClusterMembership> members)
    {
        var themes = AnalysisJson.Items(analysis, "clusters")
            .Where(cluster => AnalysisJson.Number(cluster, "cluster") is not null)
            .ToDictionary(
                cluster => (int)AnalysisJson.Number(cluster, "cluster")!.Value,
                cluster => string.Join(", ", AnalysisJson.Items(cluster, "themes").Select(theme => AnalysisJson.Text(theme)).OfType<string>()));
        await foreach (var member in members)
        {
            yield return new ClusterRow(
                member.Cluster.ToString(CultureInfo.InvariantCulture), member.CreativeId.ToString(), themes.GetValueOrDefault(member.Cluster));
        }
    }
}
