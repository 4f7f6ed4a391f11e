using Adology.Modules.Platform.Cpu;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Adology.Modules.Gather.Demo;

public static class DemoEndpoints
{
    /// <summary>Serves the demo creatives: <c>GET /demo/{brand}/{index}.png</c>, deterministic PNGs anyone may fetch.</summary>
    public static IEndpointRouteBuilder MapDemoCreatives(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/demo/{brand}/{index:int}.png", async (string brand, int index, HttpResponse response, CpuWorkers cpu) =>
            {
                if (index < 0 || index >= DemoCreatives.MaxPerBrand)
                {
                    return Results.NotFound();
                }

                // Anyone may ask for these: when the CPU workers' queue is full the answer is "later", not a longer queue.
                if (cpu.TryRun(() => DemoCreatives.RenderPng(brand, index)) is not { } rendering)
                {
                    response.Headers.RetryAfter = "1";
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                }

                response.Headers.CacheControl = "public, max-age=86400, immutable";
                return Results.Bytes(await rendering, "image/png");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }
}
