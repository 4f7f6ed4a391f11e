using System.Threading.RateLimiting;
using Adology.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Adology.Web.Auth;

/// <summary>
/// Limits login attempts per account, whatever client they come from (the per-client limit is the
/// rate-limiting middleware's). The account is only known once the body is read, hence here.
/// </summary>
internal sealed class LoginThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginsPerAccountPerMinute,
            Window = TimeSpan.FromMinutes(1),
        }));

    /// <summary>Null when the attempt may go on, else how long to wait.</summary>
    public TimeSpan? TryAttempt(string email)
    {
        using var lease = limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => limiter.Dispose();
}
