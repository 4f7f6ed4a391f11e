namespace Adology.Modules.Alerts.Webhooks;

/// <summary>An attempt failed and the delivery has attempts left: thrown so that the consumer's retry sends it again.</summary>
internal sealed class WebhookAttemptFailedException(string message) : Exception(message);
