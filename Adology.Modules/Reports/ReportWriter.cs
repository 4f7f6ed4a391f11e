using Adology.Modules.Contracts;
using Adology.Modules.Reports.Sheets;
using Adology.Modules.Reports.Xlsx;

namespace Adology.Modules.Reports;

/// <summary>The scan report workbook: creatives, duplicates, clusters, watch-term matches, summary.</summary>
internal static class ReportWriter
{
    public static async Task WriteAsync(
        Stream stream,
        ScanView scan,
        BrandAnalysis? analysis,
        IAsyncEnumerable<SnapshotCreative> creatives,
        IAsyncEnumerable<ClusterMembership> clusterMembers,
        IAsyncEnumerable<ScanMatch> matches,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        using var workbook = new WorkbookWriter(stream);
        var figures = await CreativesSheet.WriteAsync(workbook, creatives, cancellationToken);
        DuplicatesSheet.Write(workbook, analysis);
        await ClustersSheet.WriteAsync(workbook, ClusterRows.FromAsync(analysis, clusterMembers), cancellationToken);
        await MatchesSheet.WriteAsync(workbook, matches, cancellationToken);
        SummarySheet.Write(workbook, scan, figures, analysis, now);
        workbook.Finish();
    }
}
