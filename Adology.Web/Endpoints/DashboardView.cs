namespace Adology.Web.Endpoints;

/// <summary>The answer of <c>GET /api/dashboard</c>.</summary>
internal sealed record DashboardView(
    IReadOnlyDictionary<string, int> ScansByStatus, int Scans, int Brands, long Creatives, long FailedItems, DateTimeOffset? LastActivityAt);
