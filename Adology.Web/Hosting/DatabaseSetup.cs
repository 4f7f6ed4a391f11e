using Adology.Modules.Platform;
using Adology.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adology.Web.Hosting;

internal static class DatabaseSetup
{
    /// <summary>Applies every EF Core migration (the modules' and Identity's) and seeds the admin, before the host serves.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.Services.MigrateModulesAsync(app.Lifetime.ApplicationStopping);
        var options = new DbContextOptionsBuilder<AuthDb>();
        AuthDb.Configure(options, PlatformModule.ConnectionString(app.Configuration));
        await using (var auth = new AuthDb(PlatformModule.ForMigration(options, app.Services).Options))
        {
            await auth.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        await using var scope = app.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<AdminSeeder>(scope.ServiceProvider).SeedAsync();
    }
}
