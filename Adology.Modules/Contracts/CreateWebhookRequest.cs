namespace Adology.Modules.Contracts;

/// <summary>The body of <c>POST /api/webhooks</c>: where to send and which <see cref="NotificationKinds"/>.</summary>
public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? Kinds);
