namespace Adology.Modules.Alerts.Data;

internal sealed class WebhookDelivery
{
    public Guid Id { get; init; }

    public Guid WebhookId { get; init; }

    public required string Kind { get; init; }

    public Guid ScanId { get; init; }

    /// <summary>The JSON body, fixed when the delivery is recorded, so that every attempt sends the same.</summary>
    public required string Body { get; init; }

    public int Attempts { get; set; }

    public required string Status { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
