using System.IO.Compression;
using System.Xml;

namespace Adology.Modules.Reports.Xlsx;

/// <summary>The fixed parts of an .xlsx package: where the workbook, styles and sheets are, and their content types.</summary>
internal static class PackageParts
{
    public const string Workbook = "xl/workbook.xml";
    public const string Styles = "xl/styles.xml";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string SpreadsheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    public static string Sheet(int number) => $"xl/worksheets/sheet{number}.xml";

    public static string SheetRelationship(int number) => $"rId{number}";

    public static void WriteManifests(ZipArchive archive, int sheetCount)
    {
        using (var types = Xml(archive, "[Content_Types].xml"))
        {
            types.WriteStartElement("Types", ContentTypesNamespace);
            Default(types, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(types, "xml", "application/xml");
            Override(types, Workbook, $"{SpreadsheetType}.sheet.main+xml");
            Override(types, Styles, $"{SpreadsheetType}.styles+xml");
            for (var number = 1; number <= sheetCount; number++)
            {
                Override(types, Sheet(number), $"{SpreadsheetType}.worksheet+xml");
            }
        }

        using (var root = Xml(archive, "_rels/.rels"))
        {
            root.WriteStartElement("Relationships", PackageRelationshipsNamespace);
            Relationship(root, "rId1", "officeDocument", Workbook);
        }

        using var workbook = Xml(archive, "xl/_rels/workbook.xml.rels");
        workbook.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        for (var number = 1; number <= sheetCount; number++)
        {
            Relationship(workbook, SheetRelationship(number), "worksheet", $"worksheets/sheet{number}.xml");
        }

        Relationship(workbook, $"rId{sheetCount + 1}", "styles", "styles.xml");
    }

    private static XmlWriter Xml(ZipArchive archive, string path) =>
        XmlWriter.Create(archive.CreateEntry(path, CompressionLevel.Fastest).Open(), new XmlWriterSettings { CloseOutput = true, WriteEndDocumentOnClose = true });

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypesNamespace);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override", ContentTypesNamespace);
        xml.WriteAttributeString("PartName", "/" + part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelationshipsNamespace);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", $"{RelationshipsNamespace}/{type}");
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
