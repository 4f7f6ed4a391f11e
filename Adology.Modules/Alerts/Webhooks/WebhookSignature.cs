using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Adology.Modules.Alerts.Webhooks;

/// <summary>
/// How a delivery is signed (docs/API.md, "Verifying a delivery"): HMAC-SHA256, keyed with the secret as it was shown
/// (its ASCII text), over <c>"{timestamp}.{body}"</c>, sent as <c>Adology-Signature: v1=&lt;lowercase hex&gt;</c> beside
/// <c>Adology-Timestamp: &lt;unix seconds&gt;</c>. The timestamp is signed too, so an old delivery cannot be replayed later.
/// </summary>
internal static class WebhookSignature
{
    public const string TimestampHeader = "Adology-Timestamp";
    public const string SignatureHeader = "Adology-Signature";
    public const string Version = "v1";

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.ASCII.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"{Version}={Convert.ToHexStringLower(mac)}";
    }
}
