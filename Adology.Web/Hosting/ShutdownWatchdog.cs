using Adology.Modules.Platform;
using Microsoft.Extensions.Options;

namespace Adology.Web.Hosting;

/// <summary>
/// The last resort of a SIGTERM: the host waits for its services to stop however long they take, and MassTransit
/// waits for a consumer that ignores its cancelled token for good. Once stopping starts, a thread of its own (the
/// thread pool may be the thing that is stuck) waits <see cref="HostOptions.ShutdownTimeout"/> plus <see cref="Grace"/>
/// for the host to be disposed; if it is not, it logs what was still running and ends the process. Unrecorded work
/// stays pending in the database and is resumed at the next start, as after a crash.
/// </summary>
internal sealed class ShutdownWatchdog(
    IHostApplicationLifetime lifetime, IOptions<HostOptions> host, IEnumerable<IWorkInProgress> work,
    IEnumerable<ILoggerProvider> loggers, ILogger<ShutdownWatchdog> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>The exit code of a forced stop (a clean one exits 0).</summary>
    public const int ForcedExitCode = 3;

    private readonly TaskCompletionSource disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        stopping = lifetime.ApplicationStopping.Register(() => new Thread(Watch) { IsBackground = true, Name = "shutdown-watchdog" }.Start());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Disposed with the host, after the services it guards (it is registered before them): the stop is over.</summary>
    public void Dispose()
    {
        stopping.Dispose();
        disposed.TrySetResult();
    }

    private void Watch()
    {
        // An infinite ShutdownTimeout is the operator's choice to wait for good.
        var bound = host.Value.ShutdownTimeout + Grace;
        if (host.Value.ShutdownTimeout == Timeout.InfiniteTimeSpan || disposed.Task.Wait(bound))
        {
            return;
        }

        var running = work.Select(item => item.Describe()).OfType<string>().ToList();
        logger.LogCritical(
            "The host did not stop within {Bound} s of the stop signal; ending the process (exit code {ExitCode}). Still running: {Running}",
            bound.TotalSeconds, ForcedExitCode, running.Count > 0 ? string.Join("; ", running) : "nothing the host counts");
        End();
    }

    private void End()
    {
        // The console logger writes from a queue of its own: disposing the providers flushes it (and any exporter).
        foreach (var provider in loggers)
        {
            provider.Dispose();
        }

        // Environment.Exit runs the ProcessExit handlers, which any library may have registered and which may wait
        // themselves (Hangfire registers one that stops its server); if they do, FailFast ends the process without them.
        var backstop = new Thread(() =>
        {
            Thread.Sleep(Grace);
            Environment.FailFast("The process did not exit after the shutdown watchdog asked it to.");
        });
        backstop.IsBackground = true;
        backstop.Start();
        Environment.Exit(ForcedExitCode);
    }
}
