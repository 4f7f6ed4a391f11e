using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Adology.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy: the <c>X-Forwarded-For/-Proto/-Host</c> headers are believed only from the proxies
/// configured (<c>ReverseProxy:KnownProxies</c> addresses, <c>ReverseProxy:KnownNetworks</c> CIDR ranges), so the host
/// knows a request came over HTTPS — for HSTS, the Hangfire cookie's <c>Secure</c> flag and the rate limits' client
/// address. With none configured, no forwarded header is believed. HSTS goes on every HTTPS answer.
/// </summary>
internal static class ReverseProxy
{
    private const string Section = "ReverseProxy";

    public static IServiceCollection AddAdologyReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Not the framework's default of trusting loopback: only what is configured.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    public static void UseAdologyReverseProxy(this WebApplication app)
    {
        // The middleware believes every sender when no proxy is known: without one configured, it is left out.
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseHsts();
    }
}
