namespace Adology.Web.Auth;

/// <summary>The answer to a login: <c>{accessToken, expiresAt}</c>.</summary>
internal sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
