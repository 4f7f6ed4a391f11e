using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Adology.Modules.Contracts;

namespace Adology.Web.Auth;

/// <summary>
/// Signs and checks thumbnail links: <c>sig</c> is the base64url HMAC-SHA256 of <c>"{path}:{exp}"</c> (unix seconds),
/// under a key derived with HKDF from the token key under a label of its own, so a link signature can never stand in
/// for a token's nor a report link's. The expiry is rounded up to the minute, so a list shown twice within a minute
/// links the same URLs and the browser's cache serves them.
/// </summary>
internal sealed class ThumbnailLinkSigner(byte[] hostSecret, TimeSpan lifetime, TimeProvider clock) : IThumbnailLinks
{
    private const long Minute = 60;

    private static readonly byte[] Label = "adology/thumbnail-links/v1"u8.ToArray();

    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, hostSecret, outputLength: 32, info: Label);

    public string OfCreative(Guid creativeId) => Signed(FoundCreative.ThumbnailPathOf(creativeId));

    public string OfScanItem(Guid scanId, int ordinal) => Signed(ScanResult.StagedThumbnailPathOf(scanId, ordinal));

    public ThumbnailLinkCheck Check(string path, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || signature is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(path, expiresAt)), Encoding.ASCII.GetBytes(signature)))
        {
            return ThumbnailLinkCheck.Invalid;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() < expiresAt ? ThumbnailLinkCheck.Valid : ThumbnailLinkCheck.Expired;
    }

    private string Signed(string path)
    {
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        expires = (expires + Minute - 1) / Minute * Minute;
        return string.Create(CultureInfo.InvariantCulture, $"{path}?exp={expires}&sig={Signature(path, expires)}");
    }

    /// <summary>Compared as text, so a signature with other trailing bits that decode the same is refused too.</summary>
    private string Signature(string path, long expires) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{path}:{expires}"))));
}
