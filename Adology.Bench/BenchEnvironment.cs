using Adology.Tests.Support;

namespace Adology.Bench;

/// <summary>What bench.sh hands the benchmark: its work folder and the PostgreSQL it started.</summary>
internal static class BenchEnvironment
{
    public static string Work => Environment.GetEnvironmentVariable("BENCH_WORK") ?? Path.GetTempPath();

    public static string ConnectionString => Environment.GetEnvironmentVariable("ConnectionStrings__Adology")
        ?? throw new InvalidOperationException("ConnectionStrings__Adology is not set (run through ./bench.sh).");

    /// <summary>The host's bus settings for a <c>--transport</c>: nothing for the in-memory default, the benchmark's RabbitMQ node for <c>rabbitmq</c>.</summary>
    public static Dictionary<string, string> TransportSettings(string transport) => transport switch
    {
        "inmemory" => [],
        "rabbitmq" => new()
        {
            ["Messaging__Transport"] = "RabbitMq",
            ["Messaging__RabbitMq__Host"] = "127.0.0.1",
            ["Messaging__RabbitMq__Port"] = Environment.GetEnvironmentVariable("ADOLOGY_RABBITMQ_PORT")
                ?? throw new InvalidOperationException("ADOLOGY_RABBITMQ_PORT is not set (run through ./bench.sh, which starts RabbitMQ)."),
        },
        _ => throw new ArgumentException($"--transport {transport}: use inmemory or rabbitmq."),
    };

    /// <summary>The published host with <see cref="HostSettings"/> and <paramref name="extra"/>; of its output only failures are shown.</summary>
    public static Task<HostProcess> StartHostAsync(string hostDll, IReadOnlyDictionary<string, string> extra) =>
        HostProcess.StartAsync(
            hostDll,
            HostProcess.FreePort(),
            HostSettings(extra),
            line => { if (line.Contains("fail", StringComparison.OrdinalIgnoreCase)) Console.Error.WriteLine(line); },
            Console.Error.WriteLine);

    /// <summary>
    /// The host's settings for a benchmark: its own blobs, a fixed key, no rate limit in the way, quiet logs, and the
    /// enriching phase's models off but where a benchmark of them turns them on.
    /// </summary>
    public static Dictionary<string, string> HostSettings(IReadOnlyDictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Adology"] = ConnectionString,
            ["Blobs__Path"] = Path.Combine(Work, "host-blobs"),
            ["Auth__SigningKey"] = "benchmark-signing-key-0123456789abcdefghij",
            ["Seed__AdminPassword"] = "benchmark-admin-password",
            ["RateLimits__ScansPerUserPerMinute"] = "1000",
            ["RateLimits__LoginsPerClientPerMinute"] = "100000",
            ["RateLimits__RegistrationsPerClientPerHour"] = "100000",
            // A benchmark's one user runs many scans of many items at once.
            ["Quotas__ActiveScansPerUser"] = "100000",
            ["Quotas__ItemsPerUserPerDay"] = "1000000000",
            // The ai benchmark asks for similar creatives 1,000 times in a row.
            ["RateLimits__CostlyPerUserPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Ai__Models__Enabled"] = "false",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
