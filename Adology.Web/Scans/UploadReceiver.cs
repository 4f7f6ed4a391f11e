using System.Text;
using Adology.Modules.Contracts;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Adology.Web.Scans;

/// <summary>
/// Reads <c>multipart/form-data</c> section by section, each file streamed to a temporary file of the given folder,
/// under the request size (the server's body limit is raised to it for this request only) and file count limits.
/// </summary>
internal static class UploadReceiver
{
    private const string Request = "request";
    private const int MaxFieldLength = 1024;

    public static async Task<UploadForm> ReceiveAsync(HttpRequest request, string folder, UploadLimits limits, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return UploadForm.Refused(new(Request, "the request must be multipart/form-data, with a brand and one or more files"));
        }

        if (request.ContentLength > limits.MaxRequestBytes)
        {
            return UploadForm.Refused(TooLarge(Request, limits));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = limits.MaxRequestBytes };
        string? brand = null;
        var watch = new List<string>();
        var files = new List<UploadedFile>();
        var received = 0L;
        var current = Request;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                if (disposition.IsFileDisposition())
                {
                    current = FileName(disposition);
                    if (files.Count == limits.MaxFiles)
                    {
                        return UploadForm.Refused(new(current, $"more than {limits.MaxFiles} files in one upload"));
                    }

                    var path = Path.Combine(folder, files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var length = await SpoolAsync(section.Body, path, limits.MaxRequestBytes - received, cancellationToken);
                    if (length is null)
                    {
                        return UploadForm.Refused(TooLarge(current, limits));
                    }

                    received += length.Value;
                    files.Add(new UploadedFile(current, path, length.Value));
                }
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Equals("brand", StringComparison.Ordinal))
                {
                    brand = await ReadFieldAsync(section.Body, cancellationToken);
                }
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Equals("watch", StringComparison.Ordinal))
                {
                    watch.Add(await ReadFieldAsync(section.Body, cancellationToken));
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UploadForm.Refused(TooLarge(current, limits));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return UploadForm.Refused(new(current, $"the multipart body is malformed ({exception.Message})"));
        }

        return new UploadForm(brand, files, null) { Watch = watch };
    }

    /// <summary>Copies the section to the file; null when it would take the request over its limit.</summary>
    private static async Task<long?> SpoolAsync(Stream body, string path, long allowed, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        var length = 0L;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
            if (length > allowed)
            {
                return null;
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return length;
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldLength + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>The file's own name, without any folders a client put before it.</summary>
    private static string FileName(ContentDispositionHeaderValue disposition)
    {
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty;
        var last = name.Replace('\\', '/').Split('/')[^1].Trim();
        return last.Length == 0 ? "unnamed" : last;
    }

    private static UploadRefusal TooLarge(string file, UploadLimits limits) =>
        new(file, $"the upload is larger than the {limits.MaxRequestBytes} bytes a request may carry", StatusCodes.Status413PayloadTooLarge);
}
