using Adology.Modules.Contracts;
using Microsoft.AspNetCore.Identity;

namespace Adology.Web.Auth;

/// <summary>An account's admin role as Identity keeps it, for the modules' work that no request carries (quotas of scheduled runs and staging).</summary>
internal sealed class Administrators(UserManager<AdologyUser> users) : IAdministrators
{
    public async Task<bool> IsAdminAsync(Guid userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { } user && await users.IsInRoleAsync(user, Roles.Admin);
}
