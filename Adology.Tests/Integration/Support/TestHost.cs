using Adology.Modules.Platform.Http;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adology.Tests.Integration.Support;

/// <summary>
/// The real host on a real loopback port (Kestrel), against the PostgreSQL that test.sh starts.
/// Settings override appsettings.json; blobs go to a folder of this host's own. Hangfire keeps static state,
/// so only one host of a test run may run it: others set <c>Jobs:Enabled=false</c>.
/// </summary>
internal sealed class TestHost : WebApplicationFactory<Program>
{
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

    private readonly Dictionary<string, string?> settings;
    private readonly ILoggerProvider? logs;

    /// <param name="logs">A logger provider added to the host's, to read what it logs.</param>
    public TestHost(IReadOnlyDictionary<string, string?>? overrides = null, ILoggerProvider? logs = null)
    {
        this.logs = logs;
        BlobPath = Path.Combine(Path.GetTempPath(), "adology-tests", Guid.NewGuid().ToString("N"));
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Adology"] = Environment.GetEnvironmentVariable("ConnectionStrings__Adology")
                ?? throw new InvalidOperationException("ConnectionStrings__Adology is not set: run the tests with ./test.sh, which starts PostgreSQL."),
            ["Blobs:Path"] = BlobPath,
            ["Auth:SigningKey"] = SigningKey,
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = AdminPassword,
            ["RateLimits:LoginsPerClientPerMinute"] = "100000",
            ["RateLimits:LoginsPerAccountPerMinute"] = "100000",
            ["RateLimits:ScansPerUserPerMinute"] = "100000",
            ["RateLimits:CostlyPerUserPerMinute"] = "100000",
            ["RateLimits:RegistrationsPerClientPerHour"] = "100000",
            ["Quotas:ActiveScansPerUser"] = "100000",
            ["Quotas:ItemsPerUserPerDay"] = "1000000000",
            // Only the shared host runs Hangfire, which serves the schedule endpoints: its schedule quotas are small enough
            // for ScheduleQuotaTests to reach, and loose enough for every other test's one schedule.
            ["Quotas:SchedulesPerUser"] = "3",
            ["Quotas:MinScheduleInterval"] = "00:15:00",
            ["Acquire:RetryBaseDelay"] = "00:00:00.010",
            // The time limits of the tests (fifty scans at once within three minutes, ...) hold at this many downloads,
            // the default of a two-core machine; the default follows the cores, so the tests set it.
            ["Acquire:Concurrency"] = "64",
            ["Acquire:ConcurrentBatches"] = "4",
            // Hosts of one test run share the database: one must not resume the scans another is running.
            ["Recovery:ResumeOnStart"] = "false",
            // The local models cost seconds per scan on two cores: the tests of the models turn them on for small scans.
            ["Ai:Models:Enabled"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
    }

    public const string AdminEmail = "admin@tests.adology";

    public const string AdminPassword = "admin-password-for-tests";

    public string BlobPath { get; }

    /// <summary>Where the host listens on loopback.</summary>
    public Uri BaseUri => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");

    public BusTraffic Bus { get; } = new();

    /// <summary>Lets the safe HTTP client reach a test server on loopback.</summary>
    public void Allow(Uri server) => Services.GetRequiredService<AllowedEndpoints>().Add($"{server.Host}:{server.Port}");

    public Task PublishAsync<T>(T message)
        where T : class =>
        Services.GetRequiredService<IBus>().Publish(message);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddPublishObserver(_ => Bus).AddConsumeObserver(_ => Bus));
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(BlobPath))
        {
            Directory.Delete(BlobPath, recursive: true);
        }
    }
}
