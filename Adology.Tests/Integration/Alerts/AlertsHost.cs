using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Alerts;

/// <summary>
/// A host of the webhook tests' own: http receivers on loopback allowed, retries a fraction of a second apart,
/// a per-user limit low enough to reach.
/// </summary>
[SetUpFixture]
internal sealed class AlertsHost
{
    public const int MaxWebhooks = 3;
    public const int Attempts = 3;

    private static TestHost? host;

    public static TestHost Instance => host ??= new TestHost(new Dictionary<string, string?>
    {
        ["Alerts:Webhooks:AllowHttp"] = "true",
        ["Alerts:Webhooks:FirstRetryDelay"] = "00:00:00.200",
        ["Alerts:Webhooks:Attempts"] = Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Alerts:Webhooks:MaxPerUser"] = MaxWebhooks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs:Enabled"] = "false",
    });

    [OneTimeTearDown]
    public void StopHost() => host?.Dispose();
}
