using Hangfire;
using Hangfire.Storage;

namespace Adology.Web.Jobs;

/// <summary>
/// Registers the recurring jobs once the host runs. Registering takes a Hangfire lock per job that a host
/// killed mid-registration (or mid-trigger) leaves held until Hangfire expires it (10 minutes), so a lock
/// that is held is waited out in the background instead of stopping the host's start.
/// </summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs, ILogger<RecurringJobsRegistration> logger) : BackgroundService
{
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                jobs.AddOrUpdate<RecoverySweepJob>(BackgroundJobsSetup.RecoverySweep, sweep => sweep.RunAsync(CancellationToken.None), Cron.Minutely());
                jobs.AddOrUpdate<RetentionJob>(BackgroundJobsSetup.Retention, retention => retention.RunAsync(CancellationToken.None), Cron.Daily(3));
                return;
            }
            catch (DistributedLockTimeoutException held)
            {
                logger.LogWarning(held, "Recurring jobs not registered yet: a lock is held (another host, or one that died); retrying in {Delay}", RetryEvery);
            }

            await Task.Delay(RetryEvery, stoppingToken);
        }
    }
}
