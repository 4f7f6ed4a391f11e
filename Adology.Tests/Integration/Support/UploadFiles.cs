using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;

namespace Adology.Tests.Integration.Support;

/// <summary>Upload fixtures built in the test: multipart forms, zips (ZipArchive) and xlsx sheets (MiniExcel's writer).</summary>
internal static class UploadFiles
{
    public static MultipartFormDataContent Form(string? brand, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        if (brand is not null)
        {
            form.Add(new StringContent(brand), "brand");
        }

        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>An xlsx whose first row names the columns (the keys of the first record).</summary>
    public static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> records)
    {
        using var buffer = new MemoryStream();
        buffer.SaveAs(records, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    /// <summary>The blob files of the store, to show that a refused upload wrote none.</summary>
    public static IReadOnlySet<string> BlobFiles(TestHost host) =>
        Directory.Exists(host.BlobPath)
            ? Directory.EnumerateFiles(host.BlobPath, "*", SearchOption.AllDirectories).Where(path => Path.GetFileName(path).Length == 64).ToHashSet()
            : new HashSet<string>();
}
