namespace Adology.Modules.Contracts;

/// <summary>Where a scan's live events go; the host sends them to the job's watchers (modules never see SignalR).</summary>
public interface IProgressSink
{
    Task SendAsync(ProgressEvent progress, CancellationToken cancellationToken);
}
