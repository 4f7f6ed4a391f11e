namespace Adology.Web.Auth;

/// <summary>The body of register and login: <c>{email, password}</c>.</summary>
internal sealed record Credentials(string? Email, string? Password);
