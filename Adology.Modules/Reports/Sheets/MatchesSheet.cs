using Adology.Modules.Contracts;
using Adology.Modules.Reports.Xlsx;

namespace Adology.Modules.Reports.Sheets;

/// <summary>The watch terms found in the scan's creatives, one row per creative and term, in the order they were found (as <c>/matches</c> lists them).</summary>
internal static class MatchesSheet
{
    public const string Name = "matches";

    public static async Task WriteAsync(WorkbookWriter workbook, IAsyncEnumerable<ScanMatch> matches, CancellationToken cancellationToken)
    {
        using var sheet = workbook.AddSheet(Name, 24, 14, 8, 60, 40, 66, 20);
        sheet.Header("term", "matched in", "ordinal", "url", "headline", "sha256", "found at");
        await foreach (var match in matches.WithCancellation(cancellationToken))
        {
            sheet.StartRow().Text(match.Term).Text(match.MatchedIn).Number(match.Ordinal).Text(match.Url).Text(match.Headline).Text(match.Sha256).Date(match.FoundAt).EndRow();
        }
    }
}
