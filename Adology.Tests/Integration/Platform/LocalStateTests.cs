using System.Diagnostics;
using System.Runtime.Versioning;
using Adology.Tests.EndToEnd;
using Npgsql;

namespace Adology.Tests.Integration.Platform;

/// <summary>The functions of scripts/state.sh and scripts/postgres.sh that run.sh and test.sh use, run in a folder of the test's own.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class LocalStateTests
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private string root = null!;

    [SetUp]
    public void MakeFolder()
    {
        root = Path.Combine(Path.GetTempPath(), "adology-state-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        // As root the server runs as 'postgres', which must reach the folder (as it reaches test.sh's).
        File.SetUnixFileMode(root, OwnerOnlyDirectory | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    [TearDown]
    public async Task RemoveFolder()
    {
        var postgres = Path.Combine(root, ".data", "postgres");
        if (Directory.Exists(postgres))
        {
            await RunAsync($"postgres_stop '{postgres}'");
            if (new DirectoryInfo(postgres).LinkTarget is { } moved)
            {
                Directory.Delete(moved, recursive: true);
            }
        }

        Directory.Delete(root, recursive: true);
    }

    [Test]
    public async Task The_state_folder_is_0700_and_the_signing_key_0600_even_when_older_scripts_left_them_open()
    {
        var fresh = Path.Combine(root, "fresh");
        var open = Path.Combine(root, ".data");
        Directory.CreateDirectory(open, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await File.WriteAllTextAsync(Path.Combine(open, "signing-key"), "an-older-signing-key-of-at-least-32-characters");
        File.SetUnixFileMode(Path.Combine(open, "signing-key"), OwnerOnlyFile | UnixFileMode.OtherRead);

        var keys = await RunAsync($"state_dir '{fresh}'; signing_key '{fresh}'; echo; state_dir '{open}'; signing_key '{open}'");

        foreach (var folder in new[] { fresh, open })
        {
            Assert.That(File.GetUnixFileMode(folder), Is.EqualTo(OwnerOnlyDirectory), folder);
            Assert.That(File.GetUnixFileMode(Path.Combine(folder, "signing-key")), Is.EqualTo(OwnerOnlyFile), folder);
        }

        var lines = keys.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Has.Length.GreaterThanOrEqualTo(32));
        Assert.That(lines[1], Is.EqualTo("an-older-signing-key-of-at-least-32-characters"), "an existing key is kept");
    }

    [Test]
    public async Task The_local_postgres_refuses_a_connection_without_its_password()
    {
        var connectionString = await StartPostgresAsync(string.Empty);

        await AssertPasswordRequiredAsync(connectionString);
        Assert.That(File.GetUnixFileMode(Path.Combine(root, ".data", "postgres", "password")), Is.EqualTo(OwnerOnlyFile));
    }

    [Test]
    public async Task A_cluster_that_older_scripts_made_with_trust_requires_the_password_once_started()
    {
        // What scripts/postgres.sh did before: initdb --auth=trust, every local user let in.
        var connectionString = await StartPostgresAsync(
            $"postgres_install; state_dir '{root}/.data'; postgres_place '{root}/.data/postgres'; d=\"$(cd '{root}/.data/postgres' && pwd -P)\"; " +
            "[ \"$(id -u)\" -ne 0 ] || chown postgres:postgres \"$d\"; " +
            "as_owner \"'$PG_BIN/initdb' -D '$d/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8\" >/dev/null; ");

        await AssertPasswordRequiredAsync(connectionString);
    }

    private async Task<string> StartPostgresAsync(string before)
    {
        var output = await RunAsync($"{before}state_dir '{root}/.data'; PG_DATABASE=postgres postgres_start '{root}/.data/postgres'; echo \"$ConnectionStrings__Adology\"");
        return output.Trim().Split('\n')[^1];
    }

    private static async Task AssertPasswordRequiredAsync(string connectionString)
    {
        var withPassword = new NpgsqlConnectionStringBuilder(connectionString);
        Assert.That(withPassword.Password, Is.Not.Null.And.Not.Empty, "the exported connection string carries the password");
        var withoutPassword = new NpgsqlConnectionStringBuilder(connectionString) { Password = null, Passfile = "/dev/null" };

        await using (var refused = new NpgsqlConnection(withoutPassword.ConnectionString))
        {
            Assert.ThrowsAsync(Is.InstanceOf<NpgsqlException>(), () => refused.OpenAsync());
        }

        await using var admitted = new NpgsqlConnection(withPassword.ConnectionString);
        await admitted.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT 42", admitted);
        Assert.That(await select.ExecuteScalarAsync(), Is.EqualTo(42));
    }

    /// <summary>Runs bash with the scripts sourced, from the repository's root; fails the test on a non-zero exit.</summary>
    private static async Task<string> RunAsync(string commands)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Browser.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"set -euo pipefail; source scripts/postgres.sh; source scripts/state.sh; {commands}");
        start.Environment.Remove("PGPASSWORD");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, await errors);
        return await output;
    }
}
