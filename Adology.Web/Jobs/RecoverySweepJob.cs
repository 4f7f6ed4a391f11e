using Adology.Modules.Contracts;

namespace Adology.Web.Jobs;

/// <summary>The recurring recovery sweep, on one host at a time.</summary>
internal sealed class RecoverySweepJob(IScanRecovery recovery, OneHostAtATime exclusive)
{
    public Task RunAsync(CancellationToken cancellationToken) =>
        exclusive.RunAsync(BackgroundJobsSetup.RecoverySweep, () => recovery.SweepAsync(cancellationToken));
}
