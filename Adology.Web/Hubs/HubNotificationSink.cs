using Adology.Modules.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Adology.Web.Hubs;

/// <summary>Sends a user's notifications to that user's connections only, on every host (through the backplane).</summary>
internal sealed class HubNotificationSink(IHubContext<ProgressHub> hub) : INotificationSink
{
    public Task NotifyAsync(Guid userId, Notification notification, CancellationToken cancellationToken) =>
        hub.Clients.Group(ProgressHub.UserGroupOf(userId)).SendAsync(ProgressHub.NotificationEventName, notification, cancellationToken);
}
