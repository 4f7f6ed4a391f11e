using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Watch;

/// <summary>
/// A host of the watch-term tests' own: one item per acquire batch, so a held item holds no other item's matches back, and
/// report links that expire within seconds, so a test sees COMPLETE's link work and then stop working.
/// </summary>
internal static class WatchHost
{
    public const int LinkSeconds = 6;

    public static TestHost Start() => new(new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "false",
        ["Scans:AcquireBatchSize"] = "1",
        ["Reports:LinkLifetime"] = $"00:00:{LinkSeconds:00}",
    });
}
