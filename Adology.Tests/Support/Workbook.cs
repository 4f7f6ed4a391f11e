using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Adology.Tests.Support;

/// <summary>An .xlsx read back with the Open XML SDK that wrote it: each sheet's rows as cell texts (null for an empty cell).</summary>
internal sealed class Workbook(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>> sheets, IReadOnlyList<string> names)
{
    public IReadOnlyList<string> SheetNames { get; } = names;

    public IReadOnlyList<IReadOnlyList<string?>> this[string sheet] => sheets[sheet];

    /// <summary>The rows below the header, as dictionaries by header name.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Records(string sheet)
    {
        var header = sheets[sheet][0];
        return [.. sheets[sheet].Skip(1).Select(row => (IReadOnlyDictionary<string, string?>)header
            .Select((name, index) => (Name: name!, Value: index < row.Count ? row[index] : null))
            .ToDictionary(cell => cell.Name, cell => cell.Value))];
    }

    public static Workbook Read(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var part = document.WorkbookPart!;
        var sheets = new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>();
        var names = new List<string>();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!);
            names.Add(sheet.Name!);
            sheets[sheet.Name!] = [.. worksheet.Worksheet.Descendants<Row>().Select(row => (IReadOnlyList<string?>)[.. row.Elements<Cell>().Select(Text)])];
        }

        return new Workbook(sheets, names);
    }

    private static string? Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.Text?.Text : cell.CellValue?.Text;
}
