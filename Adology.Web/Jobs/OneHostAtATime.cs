using Hangfire;
using Hangfire.Storage;

namespace Adology.Web.Jobs;

/// <summary>
/// Runs a recurring job's work under a Hangfire distributed lock, kept in the PostgreSQL storage every host shares:
/// while one host runs the job, a run of it on another (or a late run on the same one) does nothing.
/// </summary>
internal sealed class OneHostAtATime(JobStorage storage, ILogger<OneHostAtATime> logger)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(1);

    public static string LockOf(string job) => $"adology:{job}";

    public async Task RunAsync(string job, Func<Task> work)
    {
        using var connection = storage.GetConnection();
        IDisposable held;
        try
        {
            held = connection.AcquireDistributedLock(LockOf(job), Wait);
        }
        catch (DistributedLockTimeoutException)
        {
            logger.LogInformation("Skipped {Job}: it is running elsewhere", job);
            return;
        }

        using (held)
        {
            await work();
        }
    }
}
