namespace Adology.Modules.Contracts;

/// <summary>A signed, expiring link to a scan's report that works without a token.</summary>
/// <param name="Url"><c>{Path}/{scanId}?expires={unix seconds}&amp;sig={signature}</c>, relative to the host.</param>
public sealed record ReportLink(string Url, DateTimeOffset ExpiresAt)
{
    /// <summary>Where the links point: the host serves <c>GET {Path}/{scanId}</c> without a token.</summary>
    public const string Path = "/api/reports";
}
