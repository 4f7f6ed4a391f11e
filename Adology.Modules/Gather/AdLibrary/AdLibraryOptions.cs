namespace Adology.Modules.Gather.AdLibrary;

/// <summary>The Meta Ad Library API (<c>Sources:AdLibrary</c>).</summary>
internal sealed class AdLibraryOptions
{
    public const string Section = "Sources:AdLibrary";

    /// <summary>A Graph API access token allowed to read the Ad Library. Secret: sent in a header, never logged or shown.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The Graph API with its version; <c>/ads_archive</c> is appended.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.facebook.com/v21.0");

    /// <summary>Ads asked for per page of the API (its <c>limit</c>).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>A search finding more ads than this stops there (the scan's message says so).</summary>
    public int MaxAds { get; set; } = 1_000;

    /// <summary>How often a rate-limited call is tried again, waiting <see cref="RateLimitDelay"/>, doubled each time.</summary>
    public int RateLimitRetries { get; set; } = 3;

    public TimeSpan RateLimitDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Snapshot pages read at once.</summary>
    public int SnapshotConcurrency { get; set; } = 4;
}
