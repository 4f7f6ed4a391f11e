using System.Text.Json;
using Adology.Modules.Alerts.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Alerts.Webhooks;

/// <summary>Records a delivery per notification and webhook of the owner that wants its kind, once per (webhook, scan, kind).</summary>
internal sealed class DeliveryQueue(AdologyDb db, TimeProvider clock)
{
    /// <summary>The deliveries recorded now; those a previous delivery of the same news recorded are not returned again.</summary>
    public async Task<IReadOnlyList<Guid>> RecordAsync(ScanCompleted scan, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var webhooks = await db.Set<Webhook>().AsNoTracking().Where(webhook => webhook.OwnerId == scan.OwnerId).ToListAsync(cancellationToken);
        if (webhooks.Count == 0)
        {
            return [];
        }

        var ids = webhooks.Select(webhook => webhook.Id).ToList();
        var known = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(delivery => delivery.ScanId == scan.ScanId && ids.Contains(delivery.WebhookId))
            .Select(delivery => new { delivery.WebhookId, delivery.Kind })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var recorded = new List<WebhookDelivery>();
        foreach (var notification in notifications)
        {
            foreach (var webhook in webhooks.Where(webhook => webhook.Kinds.Contains(notification.Kind)))
            {
                if (!known.Any(delivery => delivery.WebhookId == webhook.Id && delivery.Kind == notification.Kind))
                {
                    recorded.Add(Delivery(webhook.Id, notification, now));
                }
            }
        }

        db.AddRange(recorded);
        await db.SaveChangesAsync(cancellationToken);
        return [.. recorded.Select(delivery => delivery.Id)];
    }

    private static WebhookDelivery Delivery(Guid webhookId, Notification notification, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var body = new
        {
            id,
            kind = notification.Kind,
            occurredAt = now,
            data = new { scanId = notification.ScanId, brand = notification.Brand, counts = notification.Counts },
        };
        return new WebhookDelivery
        {
            Id = id,
            WebhookId = webhookId,
            Kind = notification.Kind,
            ScanId = notification.ScanId,
            Body = JsonSerializer.Serialize(body, JsonSerializerOptions.Web),
            Status = DeliveryStatus.Pending,
            CreatedAt = now,
        };
    }
}
