using Adology.Modules.Contracts;
using Adology.Web.Scans;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Adology.Web.Hubs;

internal static class ProgressSetup
{
    /// <summary>
    /// The hub; with <c>ConnectionStrings:Redis</c>, on the Redis backplane, so that a client connected to one host
    /// receives the events of a scan another host works on.
    /// </summary>
    public static IServiceCollection AddAdologyProgress(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR(options => options.AddFilter<RevokedTokens>());
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal("adology"));
        }

        services.AddSingleton<IProgressSink, HubProgressSink>();
        services.AddSingleton<INotificationSink, HubNotificationSink>();
        services.AddScoped<ScanStarter>();
        services.AddSingleton<RevokedTokens>();
        services.AddHostedService(provider => provider.GetRequiredService<RevokedTokens>());
        return services;
    }
}
