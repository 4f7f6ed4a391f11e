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

                response.Headers.CacheControl = "public, max-age=86400, immutable";
                return Results.Bytes(await cpu.RunAsync(() => DemoCreatives.RenderPng(brand, index)), "image/png");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }
}
