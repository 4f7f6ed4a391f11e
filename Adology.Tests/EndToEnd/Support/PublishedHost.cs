using Adology.Tests.Integration.Support;
using Adology.Tests.Support;

namespace Adology.Tests.EndToEnd.Support;

/// <summary>The host that test.sh publishes, started as a process whose output goes to the test's progress.</summary>
internal static class PublishedHost
{
    public static string Dll =>
        Environment.GetEnvironmentVariable("ADOLOGY_PUBLISHED_HOST") is { Length: > 0 } path && File.Exists(path)
            ? path
            : throw new InvalidOperationException("ADOLOGY_PUBLISHED_HOST does not name the published Adology.Web.dll: run the tests with ./test.sh, which publishes it.");

    public static Task<HostProcess> StartAsync(int port, IReadOnlyDictionary<string, string> environment) =>
        HostProcess.StartAsync(Dll, port, environment, TestContext.Progress.WriteLine, TestContext.Progress.WriteLine);

    /// <summary>The settings of a test host process: the test database, its own blob folder, the feed allowed, the tests' admin.</summary>
    public static Dictionary<string, string> Settings(Uri feed, string blobs) => new()
    {
        ["ConnectionStrings__Adology"] = Environment.GetEnvironmentVariable("ConnectionStrings__Adology")!,
        ["Blobs__Path"] = blobs,
        ["Acquire__AllowedEndpoints__0"] = $"{feed.Host}:{feed.Port}",
        ["Acquire__Concurrency"] = "8",
        ["Auth__SigningKey"] = TestHost.SigningKey,
        ["Seed__AdminEmail"] = TestHost.AdminEmail,
        ["Seed__AdminPassword"] = TestHost.AdminPassword,
        ["Logging__LogLevel__Default"] = "Warning",
        ["RateLimits__RegistrationsPerClientPerHour"] = "100000",
        ["Quotas__ActiveScansPerUser"] = "100000",
        ["Quotas__ItemsPerUserPerDay"] = "1000000000",
        // As in the integration tests' hosts: the local models would cost these scans minutes on two cores.
        ["Ai__Models__Enabled"] = "false",
    };

    /// <summary>The same, for hosts that share the work: the RabbitMQ transport and the Redis backplane that test.sh starts.</summary>
    public static Dictionary<string, string> ScaleOutSettings(Uri feed, string blobs)
    {
        var settings = Settings(feed, blobs);
        settings["Messaging__Transport"] = "RabbitMq";
        settings["Messaging__RabbitMq__Host"] = "127.0.0.1";
        settings["Messaging__RabbitMq__Port"] = ScaleOutServices.RabbitMqPort;
        settings["ConnectionStrings__Redis"] = ScaleOutServices.Redis;
        return settings;
    }
}
