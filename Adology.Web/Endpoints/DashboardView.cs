namespace Adology.Web.Endpoints;

/// <summary>The answer of <c>GET /api/dashboard</c>.</summary>
/// <param name="VisionModel">The model that labels creatives, or null when none is configured (then there are no labels).</param>
/// <param name="UnavailableSources">The source types this host cannot run (not configured, a tool missing), each with why.</param>
internal sealed record DashboardView(
    IReadOnlyDictionary<string, int> ScansByStatus,
    int Scans,
    int Brands,
    long Creatives,
    long FailedItems,
    DateTimeOffset? LastActivityAt,
    string? VisionModel,
    IReadOnlyDictionary<string, string> UnavailableSources);
