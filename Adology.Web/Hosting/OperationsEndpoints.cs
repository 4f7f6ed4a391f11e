namespace Adology.Web.Hosting;

internal static class OperationsEndpoints
{
    /// <summary>Anonymous operations endpoints: Prometheus metrics at <c>/metrics</c>.</summary>
    public static void MapOperationsEndpoints(this WebApplication app) => app.MapPrometheusScrapingEndpoint().AllowAnonymous();
}
