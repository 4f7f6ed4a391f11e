using Adology.Modules.Platform;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Adology.Web.Hosting;

internal static class Observability
{
    /// <summary>
    /// OpenTelemetry metrics of ASP.NET Core, HttpClient, MassTransit, Npgsql, the runtime and the pipeline, scraped at
    /// <c>/metrics</c>; with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, traces too, and all signals (logs included) go there.
    /// </summary>
    public static IServiceCollection AddAdologyObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "adology"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Npgsql", PlatformModule.PipelineMeter)
                .AddPrometheusExporter());

        // Without a collector nobody reads traces: recording one per message and per SQL command would only cost.
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsOperational(http.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddSource("MassTransit")
                    .AddNpgsql())
                .UseOtlpExporter();
        }

        return services;
    }

    private static bool IsOperational(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
