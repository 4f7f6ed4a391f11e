using Adology.Modules.Reports.Xlsx;

namespace Adology.Modules.Reports.Sheets;

/// <summary>The analysis's clusters, one row per creative of each; a note when the analysis has none.</summary>
internal static class ClustersSheet
{
    public const string Name = "clusters";

    public const string NoClusters = "The analysis of this scan has no clusters.";

    public static async Task WriteAsync(WorkbookWriter workbook, IAsyncEnumerable<ClusterRow> rows, CancellationToken cancellationToken)
    {
        using var sheet = workbook.AddSheet(Name, 12, 38, 40);
        sheet.Header("cluster", "creative id", "themes");
        var any = false;
        await foreach (var row in rows.WithCancellation(cancellationToken))
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
