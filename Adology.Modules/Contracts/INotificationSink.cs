namespace Adology.Modules.Contracts;

/// <summary>Where a user's notifications go; the host sends them to that user's open connections (modules never see SignalR).</summary>
public interface INotificationSink
{
    Task NotifyAsync(Guid userId, Notification notification, CancellationToken cancellationToken);
}
