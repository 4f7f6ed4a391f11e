using Adology.Modules.Contracts;
using Adology.Modules.Reports.Xlsx;

namespace Adology.Modules.Reports.Sheets;

/// <summary>
/// One row per creative of the brand's catalogue as of the scan, streamed as the catalogue pages arrive, with the text
/// on its picture and the vision model's labels (empty without).
/// </summary>
internal static class CreativesSheet
{
    public const string Name = "creatives";

    public static async Task<ReportFigures> WriteAsync(WorkbookWriter workbook, IAsyncEnumerable<SnapshotCreative> creatives, CancellationToken cancellationToken)
    {
        var figures = new ReportFigures();
        using var sheet = workbook.AddSheet(Name, 38, 66, 60, 12, 8, 8, 10, 20, 20, 8, 12, 40, 10, 40, 16, 20, 16, 30, 20, 50);
        sheet.Header(
            "id", "sha256", "url", "media type", "width", "height", "bytes", "first seen", "last seen", "seen count", "platform", "headline", "new in scan",
            "on-image text", "product type", "colors", "environment", "features", "marketing approach", "description");
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
                .Text(creative.OnImageText)
                .Text(creative.Labels?.ProductType)
                .Text(Listed(creative.Labels?.Colors))
                .Text(creative.Labels?.Environment)
                .Text(Listed(creative.Labels?.Features))
                .Text(creative.Labels?.MarketingApproach)
                .Text(creative.Labels?.Description ?? Unlabelled(creative.LabelFailure))
                .EndRow();
            figures.Count(creative.Platform, creative.MediaType, creative.NewInScan);
        }

        return figures;
    }

    private static string? Listed(IReadOnlyList<string>? items) => items is null ? null : string.Join(", ", items);

    private static string? Unlabelled(string? failure) => failure is null ? null : $"(not labelled: {failure})";
}
