using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Adology.Modules.Gather.Upload;

/// <summary>
/// A zip's <c>manifest.csv</c>: a <c>file</c> column naming an entry (its path in the archive, or its file name when
/// that is unique) and the creative's copy and other metadata in the other columns. A row naming no picture of the
/// archive, or one named before, is refused.
/// </summary>
internal static class ZipManifest
{
    public const string Name = "manifest.csv";

    /// <summary>The metadata of each picture the manifest names, by the entry's full name.</summary>
    public static Dictionary<string, JsonObject> Read(string file, ZipArchiveEntry manifest, IReadOnlyList<ZipArchiveEntry> pictures, UploadOptions limits)
    {
        var byPath = pictures.ToDictionary(entry => entry.FullName, entry => entry.FullName, StringComparer.OrdinalIgnoreCase);
        var byFileName = pictures.GroupBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single().FullName, StringComparer.OrdinalIgnoreCase);
        var where = $"{file}/{Name}";
        using var stream = manifest.Open();
        return Readable.Sheet(where, "CSV", () => Copy(where, SheetRows.Read(where, CsvSheet.Rows(stream), SheetColumns.File, limits), byPath, byFileName));
    }

    private static Dictionary<string, JsonObject> Copy(
        string where, IEnumerable<SheetRow> rows, Dictionary<string, string> byPath, Dictionary<string, string> byFileName)
    {
        var copy = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var named = row.Cells.GetValueOrDefault(SheetColumns.File) ?? throw Refused(where, row.Number, "no file named");
            var entry = byPath.GetValueOrDefault(named.TrimStart('/')) ?? byFileName.GetValueOrDefault(named)
                ?? throw Refused(where, row.Number, $"it names '{named}', which is not a picture of the archive");
            var metadata = new JsonObject();
            foreach (var (column, value) in row.Cells.Where(cell => cell.Key != SheetColumns.File))
            {
                metadata[column] = value;
            }

            if (!copy.TryAdd(entry, metadata))
            {
                throw Refused(where, row.Number, $"it names '{entry}' a second time");
            }
        }

        return copy;
    }

    private static UploadRefusedException Refused(string file, int row, string reason) => new(new(file, reason) { Row = row });
}
