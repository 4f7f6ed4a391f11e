using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Adology.Web.Auth;

/// <summary>
/// Locks out an e-mail that has no account as Identity locks out an account (the same failures, the same window), so
/// that a stranger cannot tell the two apart by failing often enough. Kept in memory, at most 100,000 e-mails.
/// </summary>
internal sealed class UnknownAccountLockout(IOptions<IdentityOptions> identity, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public DateTimeOffset? LockedUntil(string email) =>
        failures.TryGetValue(Key(email), out UnknownAccountFailures? entry) && entry!.LockedUntil > clock.GetUtcNow() ? entry.LockedUntil : null;

    /// <summary>Counts a failure; when it is one too many, the e-mail is locked out and this says until when.</summary>
    public DateTimeOffset? Fail(string email)
    {
        var lockout = identity.Value.Lockout;
        var entry = failures.GetOrCreate(Key(email), created =>
        {
            created.Size = 1;
            created.SlidingExpiration = TimeSpan.FromDays(1);
            return new UnknownAccountFailures();
        })!;
        lock (entry)
        {
            if (++entry.Count < lockout.MaxFailedAccessAttempts)
            {
                return null;
            }

            entry.Count = 0;
            entry.LockedUntil = clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
            return entry.LockedUntil;
        }
    }

    public void Dispose() => failures.Dispose();

    private static string Key(string email) => email.Trim().ToUpperInvariant();
}
