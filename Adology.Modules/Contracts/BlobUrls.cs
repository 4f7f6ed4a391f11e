using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Adology.Modules.Contracts;

/// <summary>
/// <c>blob:&lt;sha256 hex&gt;</c>: a creative (or an upload's listing) already in the blob store, named by its content hash.
/// Only the host writes such URLs (uploads, <c>data:</c> pictures): a source that does not store blobs itself has its
/// <c>blob:</c> URLs failed at staging, so a feed or page cannot make a scan read another user's blob.
/// </summary>
public static class BlobUrls
{
    public const string Prefix = "blob:";

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static string For(ReadOnlySpan<byte> sha256) => Prefix + Convert.ToHexStringLower(sha256);

    public static bool IsBlob([NotNullWhen(true)] string? url) => url is not null && url.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The hash a well-formed <c>blob:</c> URL names (64 lower-case hex digits), or null.</summary>
    public static byte[]? Sha256Of(string? url)
    {
        if (!IsBlob(url))
        {
            return null;
        }

        var hex = url.AsSpan(Prefix.Length);
        return hex.Length == 64 && !hex.ContainsAnyExcept(LowerHex) ? Convert.FromHexString(hex) : null;
    }
}
