namespace Adology.Modules.Contracts;

/// <summary>A registered webhook as listed: never its secret.</summary>
public sealed record WebhookView(Guid Id, string Url, IReadOnlyList<string> Kinds, DateTimeOffset CreatedAt);
