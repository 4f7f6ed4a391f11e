using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetList = DocumentFormat.OpenXml.Spreadsheet.Sheets;

namespace Adology.Modules.Reports.Xlsx;

/// <summary>
/// Writes an .xlsx one sheet after another: each part is a zip entry written once, its rows through the SAX-style
/// <see cref="OpenXmlWriter"/>, so memory does not grow with the row count. (System.IO.Packaging, under the SDK's
/// document classes, keeps every part in memory until the end when the package is writable.) Call
/// <see cref="Finish"/> once every sheet is written.
/// </summary>
internal sealed class WorkbookWriter : IDisposable
{
    private readonly ZipArchive archive;
    private readonly List<string> sheets = [];

    public WorkbookWriter(Stream stream)
    {
        archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using var entry = Entry(PackageParts.Styles);
        using var styles = OpenXmlWriter.Create(entry);
        styles.WriteElement(ReportStyles.Stylesheet());
    }

    /// <summary>Starts a sheet; dispose the answer to end it before starting the next.</summary>
    public SheetWriter AddSheet(string name, params double[] columnWidths)
    {
        sheets.Add(name);
        return new SheetWriter(Entry(PackageParts.Sheet(sheets.Count)), columnWidths);
    }

    public void Finish()
    {
        using (var entry = Entry(PackageParts.Workbook))
        using (var workbook = OpenXmlWriter.Create(entry))
        {
            workbook.WriteStartElement(new Workbook(), [], [new("r", PackageParts.RelationshipsNamespace)]);
            workbook.WriteStartElement(new SheetList());
            for (var index = 1; index <= sheets.Count; index++)
            {
                workbook.WriteElement(new Sheet { Name = sheets[index - 1], SheetId = (uint)index, Id = PackageParts.SheetRelationship(index) });
            }

            workbook.WriteEndElement();
            workbook.WriteEndElement();
        }

        PackageParts.WriteManifests(archive, sheets.Count);
    }

    public void Dispose() => archive.Dispose();

    private Stream Entry(string path) => archive.CreateEntry(path, CompressionLevel.Fastest).Open();
}
