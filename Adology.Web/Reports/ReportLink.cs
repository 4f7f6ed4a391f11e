namespace Adology.Web.Reports;

/// <summary>A signed, expiring link to a scan's report that works without a token.</summary>
internal sealed record ReportLink(string Url, DateTimeOffset ExpiresAt);
