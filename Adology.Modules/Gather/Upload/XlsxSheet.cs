using System.Globalization;
using MiniExcelLibs;

namespace Adology.Modules.Gather.Upload;

/// <summary>
/// The first worksheet's raw rows, streamed with MiniExcel (row by row off the sheet's XML). Dates become ISO 8601,
/// numbers invariant text. The workbook's zip is checked against the bomb limits before this reads it.
/// </summary>
internal static class XlsxSheet
{
    public static IEnumerable<string?[]> Rows(string path)
    {
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            yield return [.. row.Values.Select(Text)];
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("s", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
