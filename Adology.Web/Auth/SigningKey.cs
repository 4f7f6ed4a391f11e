using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Adology.Web.Auth;

/// <summary>The one key that signs and checks the host's tokens.</summary>
internal sealed class SigningKey(AuthOptions options)
{
    public const int MinimumLength = 32;

    public SymmetricSecurityKey Key { get; } = new(KeyBytes(options.SigningKey));

    private static byte[] KeyBytes(string configured)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return RandomNumberGenerator.GetBytes(MinimumLength);
        }

        return configured.Length >= MinimumLength
            ? Encoding.UTF8.GetBytes(configured)
            : throw new InvalidOperationException($"Auth:SigningKey must be at least {MinimumLength} characters.");
    }
}
