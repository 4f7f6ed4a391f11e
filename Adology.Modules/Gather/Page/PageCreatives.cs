using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// Reads an HTML page "like a page": its pictures (<c>img</c> with the largest <c>srcset</c> candidate and lazy
/// <c>data-src</c>/<c>data-srcset</c>, <c>picture</c>, <c>og:image</c>/<c>twitter:image</c>, inline background
/// images, <c>data:</c> pictures) with what surrounds them, and the next page. Pure: no I/O, so the page source
/// and the browser source (with the HTML Chromium rendered) read pages the same way.
/// </summary>
internal static class PageCreatives
{
    public const int DefaultMinPictureSize = 50;

    /// <param name="pageUrl">Where the page was read from: relative URLs resolve against it (or its <c>&lt;base href&gt;</c>).</param>
    /// <param name="minPictureSize">Pictures the page shows smaller than this many pixels both ways are icons, skipped.</param>
    public static PageExtraction Extract(string html, Uri pageUrl, int minPictureSize = DefaultMinPictureSize) =>
        Extract(new HtmlParser().ParseDocument(html), pageUrl, minPictureSize);

    public static PageExtraction Extract(IDocument document, Uri pageUrl, int minPictureSize = DefaultMinPictureSize) =>
        new PageReader(document, pageUrl, minPictureSize).Read();
}
