using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Adology.Web.Auth;

/// <summary>Creates the admin role and, when no admin exists, the configured admin account.</summary>
internal sealed class AdminSeeder(
    UserManager<AdologyUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<SeedOptions> options, ILogger<AdminSeeder> logger)
{
    public async Task SeedAsync()
    {
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            Check(await roles.CreateAsync(new IdentityRole<Guid>(Roles.Admin)));
        }

        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var seed = options.Value;
        var generated = string.IsNullOrEmpty(seed.AdminPassword);
        var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)) : seed.AdminPassword;
        var admin = await users.FindByEmailAsync(seed.AdminEmail);
        if (admin is null)
        {
            admin = new AdologyUser { UserName = seed.AdminEmail, Email = seed.AdminEmail };
            Check(await users.CreateAsync(admin, password));
        }

        Check(await users.AddToRoleAsync(admin, Roles.Admin));
        if (generated)
        {
            logger.LogWarning("Created the admin {Email} with the generated password {Password} (shown once; set Seed:AdminPassword to choose it).", seed.AdminEmail, password);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding the admin failed: " + string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}
