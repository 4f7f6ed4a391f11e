using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Adology.Web.Hosting;

internal static class RateLimiting
{
    public const string LoginPolicy = "login";
    public const string ScansPolicy = "scans";

    public static IServiceCollection AddAdologyRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(options =>
        {
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                await Problems.TooManyRequests(context.HttpContext, retryAfter).ExecuteAsync(context.HttpContext);
            };
            options.AddPolicy(LoginPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => PerMinute(Limits(http).LoginsPerClientPerMinute)));
            options.AddPolicy(ScansPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirstValue("sub") ?? "anonymous",
                _ => PerMinute(Limits(http).ScansPerUserPerMinute)));
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) };
}
