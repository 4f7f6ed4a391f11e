using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Adology.Web.Auth;

/// <summary>Refuses the 10,000 most common passwords (common-passwords.txt), whatever the letters' case, at register and password change.</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AdologyUser>
{
    /// <summary>Starts with "Password", as Identity's own password rules do, so register names the <c>password</c> field.</summary>
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password);

    public Task<IdentityResult> ValidateAsync(UserManager<AdologyUser> manager, AdologyUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "This password is one of the most common ones: choose another." })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Adology.Web.Auth.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
