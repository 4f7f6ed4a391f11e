using Adology.Web.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Adology.Web.Hubs;

/// <summary>
/// Closes a hub connection whose token was revoked (logout, a password or role change) while it was open: its
/// security stamp is checked every <c>Auth:StampCheckInterval</c>. An expired token's connection is closed by SignalR
/// itself (<c>CloseOnAuthenticationExpiration</c>).
/// </summary>
internal sealed class RevokedTokens(SecurityStamps stamps, IOptions<AuthOptions> options, TimeProvider clock, ILogger<RevokedTokens> logger) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        _ = WatchAsync(context.Context);
    }

    private async Task WatchAsync(HubCallerContext connection)
    {
        try
        {
            using var timer = new PeriodicTimer(options.Value.StampCheckInterval, clock);
            while (await timer.WaitForNextTickAsync(connection.ConnectionAborted))
            {
                if (!await stamps.IsCurrentAsync(connection.User!, connection.ConnectionAborted))
                {
                    connection.Abort();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (connection.ConnectionAborted.IsCancellationRequested)
        {
            // The connection closed first.
        }
        catch (Exception exception)
        {
            // The connection stays open on the token it was opened with, as it did before revocation existed.
            logger.LogWarning(exception, "Could not check the security stamp of hub connection {ConnectionId}", connection.ConnectionId);
        }
    }
}
