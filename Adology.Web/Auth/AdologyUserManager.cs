using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Adology.Web.Auth;

/// <summary>
/// Identity's user manager, with two additions for token revocation: a role change renews the security stamp (the
/// token's role claims are stale), and every change of a user makes this host forget the stamp it believed.
/// </summary>
internal sealed class AdologyUserManager(
    IUserStore<AdologyUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AdologyUser> passwordHasher,
    IEnumerable<IUserValidator<AdologyUser>> userValidators,
    IEnumerable<IPasswordValidator<AdologyUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AdologyUser>> logger,
    SecurityStamps stamps)
    : UserManager<AdologyUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AddToRoleAsync(AdologyUser user, string role) =>
        await RenewStampAfter(await base.AddToRoleAsync(user, role), user);

    public override async Task<IdentityResult> AddToRolesAsync(AdologyUser user, IEnumerable<string> roles) =>
        await RenewStampAfter(await base.AddToRolesAsync(user, roles), user);

    public override async Task<IdentityResult> RemoveFromRoleAsync(AdologyUser user, string role) =>
        await RenewStampAfter(await base.RemoveFromRoleAsync(user, role), user);

    public override async Task<IdentityResult> RemoveFromRolesAsync(AdologyUser user, IEnumerable<string> roles) =>
        await RenewStampAfter(await base.RemoveFromRolesAsync(user, roles), user);

    protected override async Task<IdentityResult> UpdateUserAsync(AdologyUser user)
    {
        var result = await base.UpdateUserAsync(user);
        stamps.Forget(user.Id);
        return result;
    }

    private async Task<IdentityResult> RenewStampAfter(IdentityResult changed, AdologyUser user) =>
        changed.Succeeded ? await UpdateSecurityStampAsync(user) : changed;
}
