namespace Adology.Web.Auth;

/// <summary>The body of <c>POST /api/auth/password</c>: <c>{currentPassword, newPassword}</c>.</summary>
internal sealed record PasswordChange(string? CurrentPassword, string? NewPassword);
