using Adology.Modules.Contracts;
using Adology.Web.Messaging;

namespace Adology.Web.Jobs;

internal static class StartupRecovery
{
    /// <summary>
    /// With the in-memory transport, whatever was in flight when the host last stopped died with it: once the
    /// bus runs, every unfinished scan is resumed at once instead of after the recovery sweep's lease.
    /// (A broker keeps its messages, so with one this is left to the recurring sweep.)
    /// </summary>
    public static void ResumeInFlightScansOnStart(this WebApplication app)
    {
        if (!MessagingOptions.IsInMemory(app.Configuration) || !app.Configuration.GetValue("Recovery:ResumeOnStart", defaultValue: true))
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() => _ = ResumeAsync(app.Services, app.Logger, app.Lifetime.ApplicationStopping));
    }

    private static async Task ResumeAsync(IServiceProvider services, ILogger logger, CancellationToken stopping)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var resumed = await scope.ServiceProvider.GetRequiredService<IScanRecovery>().SweepAsync(TimeSpan.Zero, stopping);
            logger.LogInformation("Resumed {Count} scans left unfinished by the last run", resumed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Resuming unfinished scans failed; the recovery sweep will retry");
        }
    }
}
