using System.Security.Cryptography;
using System.Text;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>A copy embedding is stored under the SHA-256 of the exact text embedded.</summary>
internal static class CopyKey
{
    public static byte[] Of(string copyText) => SHA256.HashData(Encoding.UTF8.GetBytes(copyText));
}
