namespace Adology.Modules.Alerts;

internal sealed class WebhookOptions
{
    public const string Section = "Alerts:Webhooks";

    /// <summary>Accept http:// webhook URLs, not only https://; for tests and development only.</summary>
    public bool AllowHttp { get; set; }

    public int MaxPerUser { get; set; } = 10;

    /// <summary>Attempts of one delivery in all, the first included.</summary>
    public int Attempts { get; set; } = 6;

    /// <summary>The wait before the second attempt; each later wait doubles it (10 s, 20 s, 40 s, … by default).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}
