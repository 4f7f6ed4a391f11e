using System.Text;
using Adology.Modules.Platform.Http;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// Fetches an HTML page through the safe HTTP client (every hop under the address rules, the body capped at
/// <see cref="GatherOptions.MaxPageBytes"/> as it is read) and parses it.
/// </summary>
internal sealed class StaticPageReader(SafeHttpClient http, IOptions<GatherOptions> options)
{
    /// <summary>The parsed page and the URL it was finally read from; a <see cref="FetchFailedException"/> when it cannot be.</summary>
    public async Task<(IHtmlDocument Document, Uri Url)> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        var body = await http.FetchAsync(url, new FetchOptions(BodyLimit: options.Value.PageLimit), cancellationToken);
        var mediaType = body.ContentType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(mediaType) && !mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            throw new FetchFailedException($"not an HTML page ({mediaType})", transient: false);
        }

        var parser = new HtmlParser();
        var document = Charset(body.ContentType) is { } encoding
            ? await parser.ParseDocumentAsync(encoding.GetString(body.Content), cancellationToken)
            : await parser.ParseDocumentAsync(new MemoryStream(body.Content, writable: false), cancellationToken);
        return (document, body.FinalUrl);
    }

    /// <summary>The encoding the Content-Type header names, if it is one we know; otherwise the parser sniffs the page.</summary>
    private static Encoding? Charset(string? contentType)
    {
        var charset = contentType?.Split(';').Select(part => part.Trim())
            .FirstOrDefault(part => part.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?[8..].Trim('"', ' ');
        try
        {
            return string.IsNullOrEmpty(charset) ? null : Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
