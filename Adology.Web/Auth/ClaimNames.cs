namespace Adology.Web.Auth;

/// <summary>Short JWT claim names, kept as they are on the way in (no mapping to the long WS-* URIs).</summary>
internal static class ClaimNames
{
    public const string Role = "role";

    /// <summary>A hash of the user's security stamp when the token was issued (<see cref="SecurityStamps"/>).</summary>
    public const string Stamp = "stamp";
}
