using System.Threading.RateLimiting;

namespace Adology.Web.Hosting;

/// <summary>
/// A fixed number of permits per key per minute, for limits whose key is only known inside the handler
/// (the account of a login, the user of a hub call) rather than by the rate-limiting middleware.
/// </summary>
internal sealed class PerMinuteLimiter<TKey>(int permitsPerMinute) : IDisposable
    where TKey : notnull
{
    private readonly PartitionedRateLimiter<TKey> limiter = PartitionedRateLimiter.Create<TKey, TKey>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
        }));

    /// <summary>Null when the key may go on now, else how long to wait.</summary>
    public TimeSpan? TryAcquire(TKey key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => limiter.Dispose();
}
