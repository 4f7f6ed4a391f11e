using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Adology.Web.Auth;

/// <summary>
/// Revocation: a token carries a hash of its user's Identity security stamp, and is honoured only while the stamp is
/// unchanged (logout, a password or a role change renew it). A stamp read from the database is believed for
/// <c>Auth:StampCheckInterval</c>, so a request costs no query; this host forgets it at once when it changes one.
/// </summary>
internal sealed class SecurityStamps(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<AuthOptions> options)
{
    /// <summary>The hash, not the stamp, goes into the token: Identity derives its one-time codes from the stamp.</summary>
    public static string HashOf(string? stamp) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp ?? string.Empty)).AsSpan(0, 16));

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue("sub"), out var userId) || principal.FindFirstValue(ClaimNames.Stamp) is not { } claimed)
        {
            return false;
        }

        var current = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.StampCheckInterval;
            await using var scope = scopes.CreateAsyncScope();
            var stamp = await scope.ServiceProvider.GetRequiredService<AuthDb>().Users
                .Where(user => user.Id == userId).Select(user => user.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
            return stamp is null ? null : HashOf(stamp);
        });
        return current is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(current), Encoding.ASCII.GetBytes(claimed));
    }

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => $"security-stamp:{userId:N}";
}
