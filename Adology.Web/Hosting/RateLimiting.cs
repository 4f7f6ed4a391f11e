using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Adology.Web.Hosting;

internal static class RateLimiting
{
    public const string LoginPolicy = "login";

    /// <summary>Registrations per client address and hour, so that one client cannot mint accounts (and their quotas) at will.</summary>
    public const string RegistrationPolicy = "registration";

    /// <summary>Calls that cost the host seconds of CPU or memory (similar creatives, reports and their links): per user, or per client when anonymous.</summary>
    public const string CostlyPolicy = "costly";

    /// <summary>The keyed <see cref="PerMinuteLimiter{TKey}"/> of login attempts per account.</summary>
    public const string LoginAccounts = "login-accounts";

    /// <summary>The keyed <see cref="PerMinuteLimiter{TKey}"/> of scans started per user.</summary>
    public const string ScanStarts = "scan-starts";

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
            options.AddPolicy(RegistrationPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Limits(http).RegistrationsPerClientPerHour, Window = TimeSpan.FromHours(1) }));
            options.AddPolicy(CostlyPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirstValue("sub") ?? $"client {http.Connection.RemoteIpAddress}",
                _ => PerMinute(Limits(http).CostlyPerUserPerMinute)));
        });
        services.AddKeyedSingleton(LoginAccounts, (provider, _) => new PerMinuteLimiter<string>(Limits(provider).LoginsPerAccountPerMinute));
        services.AddKeyedSingleton(ScanStarts, (provider, _) => new PerMinuteLimiter<Guid>(Limits(provider).ScansPerUserPerMinute));
        return services;
    }

    private static RateLimitOptions Limits(HttpContext http) => Limits(http.RequestServices);

    private static RateLimitOptions Limits(IServiceProvider services) => services.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) };
}
