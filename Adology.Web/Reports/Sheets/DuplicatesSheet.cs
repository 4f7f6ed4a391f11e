using System.Text.Json;
using Adology.Web.Reports.Xlsx;

namespace Adology.Web.Reports.Sheets;

/// <summary>The analysis's exact-duplicate groups (one row per URL) and near-duplicate groups (one row per creative).</summary>
internal static class DuplicatesSheet
{
    public const string Name = "duplicates";

    public static void Write(WorkbookWriter workbook, JsonElement? analysis)
    {
        using var sheet = workbook.AddSheet(Name, 8, 8, 66, 60, 38, 12);
        sheet.Header("kind", "group", "sha256", "url", "creative id", "max distance");
        if (analysis is null)
        {
            sheet.StartRow().Text("The scan has not been analysed (yet): no duplicate groups.").EndRow();
            return;
        }

        var group = 0;
        foreach (var exact in AnalysisJson.Items(analysis, "exactDuplicateGroups"))
        {
            group++;
            var sha256 = AnalysisJson.Text(exact, "sha256");
            foreach (var url in AnalysisJson.Items(exact, "urls"))
            {
                sheet.StartRow().Text("exact").Number(group).Text(sha256).Text(AnalysisJson.Text(url)).EndRow();
            }
        }

        group = 0;
        foreach (var near in AnalysisJson.Items(analysis, "nearDuplicateGroups"))
        {
            group++;
            var maxDistance = AnalysisJson.Number(near, "maxDistance");
            foreach (var id in AnalysisJson.Items(near, "creativeIds"))
            {
                var row = sheet.StartRow().Text("near").Number(group).Empty().Empty().Text(AnalysisJson.Text(id));
                (maxDistance is { } distance ? row.Number(distance) : row.Empty()).EndRow();
            }
        }
    }
}
