namespace Adology.Bench;

/// <summary>What bench.sh hands the benchmark: its work folder and the PostgreSQL it started.</summary>
internal static class BenchEnvironment
{
    public static string Work => Environment.GetEnvironmentVariable("BENCH_WORK") ?? Path.GetTempPath();

    public static string ConnectionString => Environment.GetEnvironmentVariable("ConnectionStrings__Adology")
        ?? throw new InvalidOperationException("ConnectionStrings__Adology is not set (run through ./bench.sh).");

    /// <summary>The host's settings for a benchmark: its own blobs, a fixed key, no rate limit in the way, quiet logs.</summary>
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
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
