using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Adology.Web.Auth;

/// <summary>Creates the admin role and, when no admin exists and no account has its e-mail, the configured admin account.</summary>
internal sealed class AdminSeeder(
    UserManager<AdologyUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<SeedOptions> options, ILogger<AdminSeeder> logger)
{
    public async Task SeedAsync()
    {
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            Check(await roles.CreateAsync(new IdentityRole<Guid>(Roles.Admin)));
        }

        var seed = options.Value;
        if (await users.FindByEmailAsync(seed.AdminEmail) is { } existing)
        {
            // Never promote an account someone could have registered with the admin's e-mail before the seed ran.
            if (!await users.IsInRoleAsync(existing, Roles.Admin))
            {
                logger.LogWarning("The account {Email} exists and is not an admin: not promoted. Choose another Seed:AdminEmail.", seed.AdminEmail);
            }

            return;
        }

        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var generated = string.IsNullOrEmpty(seed.AdminPassword);
        var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)) : seed.AdminPassword;
        var admin = new AdologyUser { UserName = seed.AdminEmail, Email = seed.AdminEmail };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, Roles.Admin));
        logger.LogWarning("Created the admin {Email}.", seed.AdminEmail);
        if (generated)
        {
            // On the console only, once: a log line would reach whatever collects the logs.
            Console.WriteLine($"Adology: the admin {seed.AdminEmail} has the generated password {password} (shown once; set Seed:AdminPassword to choose it).");
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
