namespace Adology.Modules.Contracts;

/// <summary>Send (or send again) one recorded webhook delivery; its attempts are counted in the database.</summary>
public sealed record DeliverWebhook(Guid DeliveryId);
