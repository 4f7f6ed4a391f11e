using Microsoft.AspNetCore.Identity;

namespace Adology.Web.Auth;

/// <summary>Checks a login's password with Identity's lockout; an e-mail without an account takes the same work and answers.</summary>
internal sealed class LoginCheck(UserManager<AdologyUser> users, SignInManager<AdologyUser> signIn, UnknownAccountLockout unknown)
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AdologyUser>().HashPassword(new AdologyUser(), Guid.NewGuid().ToString()));

    public async Task<LoginOutcome> CheckAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return Unknown(email, password);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new LoginOutcome(user, null);
        }

        return result.IsLockedOut ? LoginOutcome.Locked(await users.GetLockoutEndDateAsync(user)) : LoginOutcome.Wrong;
    }

    private LoginOutcome Unknown(string email, string password)
    {
        if (unknown.LockedUntil(email) is { } until)
        {
            return LoginOutcome.Locked(until);
        }

        // Hashing the password as for an account, so that an unknown e-mail answers no sooner than a wrong password.
        users.PasswordHasher.VerifyHashedPassword(new AdologyUser(), DummyHash.Value, password);
        return unknown.Fail(email) is { } lockedUntil ? LoginOutcome.Locked(lockedUntil) : LoginOutcome.Wrong;
    }
}
