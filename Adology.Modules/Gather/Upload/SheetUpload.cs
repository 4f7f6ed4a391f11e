using System.Text.Json.Nodes;
using Adology.Modules.Contracts;

namespace Adology.Modules.Gather.Upload;

/// <summary>
/// A csv or xlsx sheet listing creatives: a <c>url</c> on each row (an absolute http(s) URL, acquired through the safe
/// HTTP client like a feed's), every other cell kept as metadata under its column's name.
/// </summary>
internal static class SheetUpload
{
    private const int MaxUrlLength = 2048;

    /// <summary>Lists the sheet's creatives; returns how many.</summary>
    public static int Add(string file, IEnumerable<SheetRow> rows, UploadContents contents)
    {
        var listed = 0;
        foreach (var row in rows)
        {
            if (!row.Cells.TryGetValue(SheetColumns.Url, out var url))
            {
                throw Refused(file, row.Number, "no url");
            }

            if (url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw Refused(file, row.Number, $"the url '{Shortened(url)}' is not an absolute http(s) URL of at most {MaxUrlLength} characters");
            }

            var metadata = new JsonObject();
            foreach (var (column, value) in row.Cells.Where(cell => cell.Key != SheetColumns.Url))
            {
                metadata[column] = value;
            }

            contents.AddListed(file, url, metadata);
            listed++;
        }

        if (listed == 0)
        {
            throw new UploadRefusedException(new(file, "the sheet lists no creatives"));
        }

        return listed;
    }

    private static string Shortened(string url) => url.Length <= 100 ? url : url[..100] + "…";

    private static UploadRefusedException Refused(string file, int row, string reason) => new(new UploadRefusal(file, reason) { Row = row });
}
