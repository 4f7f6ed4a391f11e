using Adology.Web.Auth;
using Scalar.AspNetCore;

namespace Adology.Web.Hosting;

internal static class OperationsEndpoints
{
    public const string ApiReferencePath = "/scalar";

    /// <summary>
    /// The operations endpoints: Prometheus metrics at <c>/metrics</c>, the OpenAPI document at <c>/openapi/v1.json</c>
    /// and its interactive reference at <c>/scalar</c>; each anonymous, for admins only, or off (<see cref="OperationsOptions"/>).
    /// </summary>
    public static void MapOperationsEndpoints(this WebApplication app)
    {
        var options = app.Configuration.GetSection(OperationsOptions.Section).Get<OperationsOptions>() ?? new OperationsOptions();
        if (options.Metrics != EndpointAccess.Off)
        {
            Restrict(app.MapPrometheusScrapingEndpoint(), options.Metrics);
        }

        if (options.ApiDocs != EndpointAccess.Off)
        {
            Restrict(app.MapOpenApi(), options.ApiDocs);
            Restrict(app.MapScalarApiReference(), options.ApiDocs);
        }
    }

    private static void Restrict(IEndpointConventionBuilder endpoint, EndpointAccess access)
    {
        if (access == EndpointAccess.Admins)
        {
            endpoint.RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        }
        else
        {
            endpoint.AllowAnonymous();
        }
    }
}
