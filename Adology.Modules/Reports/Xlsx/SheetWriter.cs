using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Adology.Modules.Reports.Xlsx;

/// <summary>
/// Writes one sheet's rows cell by cell. Text goes inline (no shared-string table to grow); a row's cells are written
/// in column order, an absent value as an empty cell so the next one keeps its column.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private static readonly OpenXmlAttribute[] InlineText = [new("t", string.Empty, "inlineStr")];
    private static readonly OpenXmlAttribute[] BooleanType = [new("t", string.Empty, "b")];
    private static readonly OpenXmlAttribute[] DateStyle = [new("s", string.Empty, ReportStyles.Date.ToString(CultureInfo.InvariantCulture))];
    private static readonly OpenXmlAttribute[] HeaderStyle = [new("t", string.Empty, "inlineStr"), new("s", string.Empty, ReportStyles.Header.ToString(CultureInfo.InvariantCulture))];
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
    // Elements only name what is written; one set per sheet, as the SDK's elements are not meant to be shared by threads.
    private readonly Cell cellName = new();
    private readonly CellValue valueName = new();
    private readonly InlineString inlineName = new();
    private readonly Text textName = new();
    private readonly Row rowName = new();
    private readonly Stream entry;
    private readonly OpenXmlWriter xml;

    public SheetWriter(Stream entry, IReadOnlyList<double> columnWidths)
    {
        this.entry = entry;
        xml = OpenXmlWriter.Create(entry);
        xml.WriteStartElement(new Worksheet());
        if (columnWidths.Count > 0)
        {
            xml.WriteStartElement(new Columns());
            for (var index = 0; index < columnWidths.Count; index++)
            {
                var column = (uint)index + 1;
                xml.WriteElement(new Column { Min = column, Max = column, Width = columnWidths[index], CustomWidth = true });
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement(new SheetData());
    }

    public void Header(params ReadOnlySpan<string> names)
    {
        StartRow();
        foreach (var name in names)
        {
            WriteText(name, HeaderStyle);
        }

        EndRow();
    }

    public SheetWriter StartRow()
    {
        xml.WriteStartElement(rowName);
        return this;
    }

    public void EndRow() => xml.WriteEndElement();

    public SheetWriter Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Empty();
        }

        WriteText(value, InlineText);
        return this;
    }

    public SheetWriter Number(long value) => WriteValue(value.ToString(CultureInfo.InvariantCulture), []);

    public SheetWriter Boolean(bool value) => WriteValue(value ? "1" : "0", BooleanType);

    public SheetWriter Date(DateTimeOffset? value) =>
        value is { } date ? WriteValue(date.UtcDateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture), DateStyle) : Empty();

    public SheetWriter Empty()
    {
        xml.WriteElement(cellName);
        return this;
    }

    public void Dispose()
    {
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.Dispose();
        entry.Dispose();
    }

    private SheetWriter WriteValue(string value, OpenXmlAttribute[] attributes)
    {
        xml.WriteStartElement(cellName, attributes);
        xml.WriteStartElement(valueName);
        xml.WriteString(value);
        xml.WriteEndElement();
        xml.WriteEndElement();
        return this;
    }

    private void WriteText(string value, OpenXmlAttribute[] attributes)
    {
        var text = CellText.Clean(value);
        if (text.Length == 0)
        {
            Empty();
            return;
        }

        xml.WriteStartElement(cellName, attributes);
        xml.WriteStartElement(inlineName);
        xml.WriteStartElement(textName, char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) ? PreserveSpace : []);
        xml.WriteString(text);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
