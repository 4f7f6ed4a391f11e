using Adology.Modules.Alerts.Webhooks;
using Adology.Modules.Contracts;
using MassTransit;

namespace Adology.Modules.Alerts.Notifications;

/// <summary>
/// ScanCompleted → the owner's notifications: recorded as webhook deliveries (each then sent by
/// <see cref="DeliverWebhookConsumer"/>), and pushed to the owner's open connections. One host takes the message,
/// so each goes out once however many hosts run.
/// </summary>
internal sealed class ScanCompletedConsumer(DeliveryQueue deliveries, INotificationSink sink) : IConsumer<ScanCompleted>
{
    public async Task Consume(ConsumeContext<ScanCompleted> context)
    {
        var scan = context.Message;
        var cancellationToken = context.CancellationToken;
        var notifications = ScanNotifications.Of(scan);
        // Deliveries first: a retry after a failed push records none twice (the database refuses a second one).
        var recorded = await deliveries.RecordAsync(scan, notifications, cancellationToken);
        await context.PublishBatch(recorded.Select(id => new DeliverWebhook(id)), cancellationToken);
        foreach (var notification in notifications)
        {
            await sink.NotifyAsync(scan.OwnerId, notification, cancellationToken);
        }
    }
}
