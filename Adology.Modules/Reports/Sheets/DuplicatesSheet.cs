using Adology.Modules.Contracts;
using Adology.Modules.Reports.Xlsx;

namespace Adology.Modules.Reports.Sheets;

/// <summary>The analysis's exact-duplicate groups (one row per URL) and near-duplicate groups (one row per creative).</summary>
internal static class DuplicatesSheet
{
    public const string Name = "duplicates";

    public static void Write(WorkbookWriter workbook, BrandAnalysis? analysis)
    {
        using var sheet = workbook.AddSheet(Name, 8, 8, 66, 60, 38, 12);
        sheet.Header("kind", "group", "sha256", "url", "creative id", "max distance");
        if (analysis is null)
        {
            sheet.StartRow().Text("The scan has not been analysed (yet): no duplicate groups.").EndRow();
            return;
        }

        foreach (var (exact, group) in analysis.ExactDuplicateGroups.Select((exact, index) => (exact, index + 1)))
        {
            foreach (var url in exact.Urls)
            {
                sheet.StartRow().Text("exact").Number(group).Text(exact.Sha256).Text(url).EndRow();
            }
        }

        foreach (var (near, group) in analysis.NearDuplicateGroups.Select((near, index) => (near, index + 1)))
        {
            foreach (var id in near.CreativeIds)
            {
                sheet.StartRow().Text("near").Number(group).Empty().Empty().Text(id.ToString()).Number(near.MaxDistance).EndRow();
            }
        }
    }
}
