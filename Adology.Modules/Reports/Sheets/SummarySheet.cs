using Adology.Modules.Contracts;
using Adology.Modules.Reports.Xlsx;

namespace Adology.Modules.Reports.Sheets;

/// <summary>The scan in figures: its dates and counts, the catalogue's mix by platform and format, the analysis's summary.</summary>
internal static class SummarySheet
{
    public const string Name = "summary";

    public static void Write(WorkbookWriter workbook, ScanView scan, ReportFigures figures, BrandAnalysis? analysis, DateTimeOffset now)
    {
        using var sheet = workbook.AddSheet(Name, 24, 60);
        sheet.Header("item", "value");
        sheet.StartRow().Text("brand").Text(scan.Brand).EndRow();
        sheet.StartRow().Text("scan id").Text(scan.Id.ToString()).EndRow();
        sheet.StartRow().Text("status").Text(scan.Status).EndRow();
        sheet.StartRow().Text("scan created").Date(scan.CreatedAt).EndRow();
        sheet.StartRow().Text("scan completed").Date(scan.CompletedAt).EndRow();
        sheet.StartRow().Text("analysed").Date(analysis?.AnalyzedAt).EndRow();
        sheet.StartRow().Text("report created").Date(now).EndRow();
        sheet.StartRow().Text("items").Number(scan.Total ?? 0).EndRow();
        sheet.StartRow().Text("acquired").Number(scan.Processed - scan.Failed).EndRow();
        sheet.StartRow().Text("failed").Number(scan.Failed).EndRow();
        sheet.StartRow().Text("creatives").Number(figures.Creatives).EndRow();
        sheet.StartRow().Text("new creatives").Number(figures.NewCreatives).EndRow();
        sheet.StartRow().Text("exact-duplicate groups").Number(analysis?.ExactDuplicateGroups.Count ?? 0).EndRow();
        sheet.StartRow().Text("near-duplicate groups").Number(analysis?.NearDuplicateGroups.Count ?? 0).EndRow();
        sheet.StartRow().Text("clusters").Number(analysis?.Clusters.Count ?? 0).EndRow();
        sheet.StartRow().Text("flagged creatives").Number(analysis?.Copy.Flagged ?? 0).EndRow();
        sheet.StartRow().Text("summary").Text(analysis?.Summary ?? scan.Message).EndRow();
        Counts(sheet, "platform", figures.Platforms);
        Counts(sheet, "format", figures.Formats);
    }

    private static void Counts(SheetWriter sheet, string title, SortedDictionary<string, long> counts)
    {
        sheet.StartRow().EndRow();
        sheet.Header(title, "creatives");
        foreach (var (name, count) in counts)
        {
            sheet.StartRow().Text(name).Number(count).EndRow();
        }
    }
}
