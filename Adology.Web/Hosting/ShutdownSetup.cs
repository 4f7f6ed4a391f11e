namespace Adology.Web.Hosting;

internal static class ShutdownSetup
{
    /// <summary>
    /// <c>Host:ShutdownTimeout</c> (30 s): how long a SIGTERM waits for the services to stop, after which the
    /// <see cref="ShutdownWatchdog"/> ends the process. Registered first, so the watchdog is disposed after what it guards.
    /// </summary>
    public static IServiceCollection AddShutdownWatchdog(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HostOptions>(host => host.ShutdownTimeout = configuration.GetValue("Host:ShutdownTimeout", TimeSpan.FromSeconds(30)));
        services.AddHostedService<ShutdownWatchdog>();
        return services;
    }
}
