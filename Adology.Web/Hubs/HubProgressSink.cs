using Adology.Modules.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Adology.Web.Hubs;

/// <summary>Sends a scan's events to the connections that joined its job.</summary>
internal sealed class HubProgressSink(IHubContext<ProgressHub> hub) : IProgressSink
{
    public Task SendAsync(ProgressEvent progress, CancellationToken cancellationToken) =>
        hub.Clients.Group(ProgressHub.GroupOf(progress.JobId)).SendAsync(ProgressHub.EventName, progress, cancellationToken);
}
