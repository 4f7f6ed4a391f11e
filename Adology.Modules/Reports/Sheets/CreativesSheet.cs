using Adology.Modules.Contracts;
using Adology.Modules.Reports.Xlsx;

namespace Adology.Modules.Reports.Sheets;

/// <summary>One row per creative of the brand's catalogue as of the scan, streamed as the catalogue pages arrive.</summary>
internal static class CreativesSheet
{
    public const string Name = "creatives";

    public static async Task<ReportFigures> WriteAsync(WorkbookWriter workbook, IAsyncEnumerable<SnapshotCreative> creatives, CancellationToken cancellationToken)
    {
        var figures = new ReportFigures();
        using var sheet = workbook.AddSheet(Name, 38, 66, 60, 12, 8, 8, 10, 20, 20, 8, 12, 40, 10);
        sheet.Header(
            "id", "sha256", "url", "media type", "width", "height", "bytes", "first seen", "last seen", "seen count", "platform", "headline", "new in scan");
        await foreach (var creative in creatives.WithCancellation(cancellationToken))
        {
            sheet.StartRow()
                .Text(creative.Id.ToString())
                .Text(creative.Sha256)
                .Text(creative.Url)
                .Text(creative.MediaType)
                .Number(creative.Width)
                .Number(creative.Height)
                .Number(creative.ByteSize)
                .Date(creative.FirstSeenAt)
                .Date(creative.LastSeenAt)
                .Number(creative.SeenCount)
                .Text(creative.Platform)
                .Text(creative.Headline)
                .Boolean(creative.NewInScan)
                .EndRow();
            figures.Count(creative.Platform, creative.MediaType, creative.NewInScan);
        }

        return figures;
    }
}
