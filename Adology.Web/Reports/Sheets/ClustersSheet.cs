using System.Text.Json;
using Adology.Web.Reports.Xlsx;

namespace Adology.Web.Reports.Sheets;

/// <summary>The analysis's clusters, one row per creative of each; a note when the analysis has none.</summary>
internal static class ClustersSheet
{
    public const string Name = "clusters";

    public const string NoClusters = "The analysis of this scan has no clusters.";

    public static void Write(WorkbookWriter workbook, JsonElement? analysis)
    {
        using var sheet = workbook.AddSheet(Name, 12, 38, 40);
        sheet.Header("cluster", "creative id", "theme");
        var any = false;
        foreach (var row in ClusterRows.From(analysis))
        {
            sheet.StartRow().Text(row.Cluster).Text(row.CreativeId).Text(row.Theme).EndRow();
            any = true;
        }

        if (!any)
        {
            sheet.StartRow().Text(NoClusters).EndRow();
        }
    }
}
