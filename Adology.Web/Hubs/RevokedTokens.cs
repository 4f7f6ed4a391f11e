using System.Collections.Concurrent;
using System.Security.Claims;
using Adology.Web.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Adology.Web.Hubs;

/// <summary>
/// Closes a hub connection whose token was revoked (logout, a password or role change) while it was open: every
/// <c>Auth:StampCheckInterval</c>, one pass over this host's open connections checks each user's token stamp once,
/// however many connections hold it (a timer per connection cost half a core at 19,000 idle connections). An expired
/// token's connection is closed by SignalR itself (<c>CloseOnAuthenticationExpiration</c>).
/// </summary>
internal sealed class RevokedTokens(SecurityStamps stamps, IOptions<AuthOptions> options, TimeProvider clock, ILogger<RevokedTokens> logger)
    : BackgroundService, IHubFilter
{
    private readonly ConcurrentDictionary<string, HubCallerContext> open = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        open[context.Context.ConnectionId] = context.Context;
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        open.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.StampCheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await CloseRevokedAsync(stoppingToken);
        }
    }

    private async Task CloseRevokedAsync(CancellationToken cancellationToken)
    {
        var byToken = open.Values.GroupBy(connection => (connection.User?.FindFirstValue("sub"), connection.User?.FindFirstValue(ClaimNames.Stamp)));
        foreach (var holders in byToken)
        {
            try
            {
                if (!await stamps.IsCurrentAsync(holders.First().User!, cancellationToken))
                {
                    foreach (var connection in holders)
                    {
                        connection.Abort();
                    }
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The connections stay open on the token they were opened with until a later pass can check it.
                logger.LogWarning(exception, "Could not check the security stamp of {Connections} hub connections", holders.Count());
            }
        }
    }
}
