namespace Adology.Modules.Platform.Http;

internal sealed class SafeHttpOptions
{
    public const string Section = "Acquire";

    /// <summary><c>host:port</c> entries exempt from the address rules, e.g. <c>127.0.0.1:5080</c>.</summary>
    public List<string> AllowedEndpoints { get; set; } = [];

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Limit for one attempt, body included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit for one fetch: all attempts and redirects.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    public long MaxBodyBytes { get; set; } = 20 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A <c>Retry-After</c> longer than this fails the item instead of waiting.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxConnectionsPerServer { get; set; } = 256;
}
