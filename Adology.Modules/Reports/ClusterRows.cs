using System.Globalization;
using Adology.Modules.Contracts;

namespace Adology.Modules.Reports;

/// <summary>Rows of the clusters sheet: every member of every cluster, with the cluster's themes from the analysis.</summary>
internal static class ClusterRows
{
    public static async IAsyncEnumerable<ClusterRow> FromAsync(BrandAnalysis? analysis, IAsyncEnumerable<ClusterMembership> members)
    {
        var themes = (analysis?.Clusters ?? []).ToDictionary(cluster => cluster.Cluster, cluster => string.Join(", ", cluster.Themes));
        await foreach (var member in members)
        {
            yield return new ClusterRow(
                member.Cluster.ToString(CultureInfo.InvariantCulture), member.CreativeId.ToString(), themes.GetValueOrDefault(member.Cluster));
        }
    }
}
