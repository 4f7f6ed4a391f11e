namespace Adology.Modules.Contracts;

/// <summary>A user's webhooks and their deliveries; every call sees only the owner's own.</summary>
public interface IWebhooks
{
    /// <summary>Registers a webhook (the request is already validated); null when the owner already has as many as allowed.</summary>
    Task<CreatedWebhook?> CreateAsync(Guid ownerId, CreateWebhookRequest request, CancellationToken cancellationToken);

    /// <summary>The owner's webhooks, oldest first, without their secrets.</summary>
    Task<Page<WebhookView>> ListAsync(Guid ownerId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>False when there is no such webhook of the owner's.</summary>
    Task<bool> DeleteAsync(Guid ownerId, Guid webhookId, CancellationToken cancellationToken);

    /// <summary>The webhook's deliveries, newest first; null when there is no such webhook of the owner's.</summary>
    Task<Page<WebhookDeliveryView>?> DeliveriesAsync(Guid ownerId, Guid webhookId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>How many webhooks one user may keep.</summary>
    int MaxPerUser { get; }
}
