namespace Adology.Web.Auth;

internal sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "adology";

    public string Audience { get; set; } = "adology";

    /// <summary>HMAC key for the tokens, at least 32 characters. Hosts that share users must share it; empty means a random key per process.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a signed thumbnail URL the API hands out loads without a token (rounded up to the minute).</summary>
    public TimeSpan ThumbnailLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a user's security stamp, once read, is believed: a logout on another host reaches this one within it.</summary>
    public TimeSpan StampCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool AllowRegistration { get; set; } = true;
}
