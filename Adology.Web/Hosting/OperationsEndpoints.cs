using Scalar.AspNetCore;

namespace Adology.Web.Hosting;

internal static class OperationsEndpoints
{
    /// <summary>
    /// Anonymous operations endpoints: Prometheus metrics at <c>/metrics</c>, the OpenAPI document at
    /// <c>/openapi/v1.json</c> and its interactive reference at <c>/scalar</c>.
    /// </summary>
    public static void MapOperationsEndpoints(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
    }
}
