using Adology.Modules.Contracts;
using Adology.Web.Scans;

namespace Adology.Web.Hubs;

internal static class ProgressSetup
{
    public static IServiceCollection AddAdologyProgress(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<IProgressSink, HubProgressSink>();
        services.AddScoped<ScanStarter>();
        return services;
    }
}
