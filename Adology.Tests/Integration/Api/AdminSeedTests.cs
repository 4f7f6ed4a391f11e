using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Adology.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Adology.Tests.Integration.Api;

/// <summary>
/// The admin seed on a database of its own, left without an admin, as after an admin account was removed: the
/// configured e-mail belongs to an account a stranger registered.
/// </summary>
[NonParallelizable]
public sealed class AdminSeedTests
{
    private readonly string database = $"adology_seed_{Guid.NewGuid():N}";
    private TestHost host = null!;

    [OneTimeSetUp]
    public async Task StartHostOnItsOwnDatabase()
    {
        await ExecuteAsync(TestDatabase.ConnectionString, $"CREATE DATABASE {database}");
        host = new TestHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Adology"] = OwnConnectionString(),
            // Hangfire keeps its storage in a static (JobStorage.Current): a host of another database would take it from
            // the other tests' hosts, and it would point at a dropped database.
            ["Jobs:Enabled"] = "false",
        });
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        host.Dispose();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(TestDatabase.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }

    [Test]
    public async Task An_existing_account_with_the_admins_email_is_never_promoted()
    {
        var stranger = await ApiUser.RegisterAsync(host);
        await ExecuteAsync(OwnConnectionString(), "DELETE FROM auth.user_roles");

        using (var scope = host.Services.CreateScope())
        {
            var seeder = ActivatorUtilities.CreateInstance<AdminSeeder>(
                scope.ServiceProvider, Options.Create(new SeedOptions { AdminEmail = stranger.Email, AdminPassword = "a-password-nobody-knows" }), NullLogger<AdminSeeder>.Instance);
            await seeder.SeedAsync();
        }

        using var check = host.Services.CreateScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<AdologyUser>>();
        Assert.That(await users.IsInRoleAsync((await users.FindByEmailAsync(stranger.Email))!, Roles.Admin), Is.False);
    }

    private string OwnConnectionString() => new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
