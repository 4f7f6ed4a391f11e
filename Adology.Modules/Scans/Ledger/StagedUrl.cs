using Adology.Modules.Contracts;

namespace Adology.Modules.Scans.Ledger;

/// <summary>Checks a gathered URL before it is staged, so a malformed one fails as an item, with its reason.</summary>
internal static class StagedUrl
{
    public const int MaxLength = 2048;

    internal const string ForeignBlob = "a blob: URL is only listed by the host itself";
    internal const string MalformedBlob = "a blob: URL must name a SHA-256 in 64 lower-case hex digits";

    public static string? Problem(string? url, bool storedBlobsAllowed = false)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "missing URL";
        }

        if (BlobUrls.IsBlob(url))
        {
            return !storedBlobsAllowed ? ForeignBlob : BlobUrls.Sha256Of(url) is null ? MalformedBlob : null;
        }

        if (url.Length > MaxLength)
        {
            return $"URL longer than {MaxLength} characters";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "not an absolute http(s) URL";
        }

        return null;
    }
}
