using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Adology.Modules.Contracts;

namespace Adology.Modules.Reports;

/// <summary>
/// Signs and checks report links: <c>sig</c> is the base64url HMAC-SHA256 of <c>"{id}:{expires}"</c> (unix seconds).
/// Without <c>Reports:LinkKey</c> the key is derived with HKDF, under a label of its own, from the host's secret
/// (<see cref="IReportLinkKey"/>, which signs its tokens too), so a link signature can never stand in for a token's.
/// </summary>
internal sealed class ReportLinkSigner(ReportOptions options, byte[] hostSecret, TimeProvider clock) : IReportLinks
{
    private static readonly byte[] Label = "adology/report-links/v1"u8.ToArray();

    private readonly byte[] key = options.LinkKey.Length > 0
        ? Encoding.UTF8.GetBytes(options.LinkKey)
        : HKDF.DeriveKey(HashAlgorithmName.SHA256, hostSecret, outputLength: 32, info: Label);

    public ReportLink Create(Guid scanId)
    {
        var expires = clock.GetUtcNow().Add(options.LinkLifetime).ToUnixTimeSeconds();
        return new ReportLink($"{ReportLink.Path}/{scanId}?expires={expires}&sig={Signature(scanId, expires)}", DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    public ReportLinkCheck Check(Guid scanId, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || signature is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(scanId, expiresAt)), Encoding.ASCII.GetBytes(signature)))
        {
            return ReportLinkCheck.Invalid;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() < expiresAt ? ReportLinkCheck.Valid : ReportLinkCheck.Expired;
    }

    /// <summary>Compared as text, so a signature with other trailing bits that decode the same is refused too.</summary>
    private string Signature(Guid scanId, long expires) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{scanId:D}:{expires}"))));
}
