namespace Adology.Modules.Alerts.Data;

internal sealed class Webhook
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public required string Url { get; init; }

    /// <summary>The <see cref="Contracts.NotificationKinds"/> it wants (text[]).</summary>
    public required string[] Kinds { get; init; }

    /// <summary>Signs its deliveries; the owner saw it once, when the webhook was created.</summary>
    public required string Secret { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
