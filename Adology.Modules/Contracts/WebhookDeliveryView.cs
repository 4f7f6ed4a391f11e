namespace Adology.Modules.Contracts;

/// <summary>One delivery of a webhook and its outcome so far.</summary>
/// <param name="Status"><c>pending</c>, <c>succeeded</c> or <c>failed</c> (no attempt left).</param>
/// <param name="LastStatusCode">The HTTP status of the last attempt; null when it got no answer.</param>
public sealed record WebhookDeliveryView(
    Guid Id,
    string Kind,
    Guid ScanId,
    int Attempts,
    string Status,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt);
