using Adology.Modules.Alerts.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Alerts.Webhooks;

internal sealed class WebhookRegistry(AdologyDb db, IOptions<WebhookOptions> options, TimeProvider clock) : IWebhooks
{
    public int MaxPerUser => options.Value.MaxPerUser;

    public async Task<CreatedWebhook?> CreateAsync(Guid ownerId, CreateWebhookRequest request, CancellationToken cancellationToken)
    {
        // Two creates at once may both pass the count: the limit guards against abuse, not against one more.
        if (await db.Set<Webhook>().CountAsync(webhook => webhook.OwnerId == ownerId, cancellationToken) >= MaxPerUser)
        {
            return null;
        }

        var webhook = new Webhook
        {
            Id = Guid.CreateVersion7(),
            OwnerId = ownerId,
            Url = request.Url!.Trim(),
            Kinds = [.. request.Kinds!.Distinct(StringComparer.Ordinal)],
            Secret = WebhookSignature.NewSecret(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWebhook(webhook.Id, webhook.Url, webhook.Kinds, webhook.Secret, webhook.CreatedAt);
    }

    public async Task<Page<WebhookView>> ListAsync(Guid ownerId, PageRequest page, CancellationToken cancellationToken)
    {
        var webhooks = db.Set<Webhook>().AsNoTracking().Where(webhook => webhook.OwnerId == ownerId);
        var items = await webhooks
            .OrderBy(webhook => webhook.CreatedAt).ThenBy(webhook => webhook.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(webhook => new WebhookView(webhook.Id, webhook.Url, webhook.Kinds, webhook.CreatedAt))
            .ToListAsync(cancellationToken);
        return new Page<WebhookView>(items, await webhooks.LongCountAsync(cancellationToken), page.PageNumber, page.PageSize);
    }

    public async Task<bool> DeleteAsync(Guid ownerId, Guid webhookId, CancellationToken cancellationToken) =>
        await db.Set<Webhook>().Where(webhook => webhook.Id == webhookId && webhook.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<Page<WebhookDeliveryView>?> DeliveriesAsync(Guid ownerId, Guid webhookId, PageRequest page, CancellationToken cancellationToken)
    {
        if (!await db.Set<Webhook>().AnyAsync(webhook => webhook.Id == webhookId && webhook.OwnerId == ownerId, cancellationToken))
        {
            return null;
        }

        var deliveries = db.Set<WebhookDelivery>().AsNoTracking().Where(delivery => delivery.WebhookId == webhookId);
        var items = await deliveries
            .OrderByDescending(delivery => delivery.CreatedAt).ThenBy(delivery => delivery.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(delivery => new WebhookDeliveryView(
                delivery.Id, delivery.Kind, delivery.ScanId, delivery.Attempts, delivery.Status,
                delivery.LastStatusCode, delivery.LastError, delivery.CreatedAt, delivery.DeliveredAt))
            .ToListAsync(cancellationToken);
        return new Page<WebhookDeliveryView>(items, await deliveries.LongCountAsync(cancellationToken), page.PageNumber, page.PageSize);
    }
}
