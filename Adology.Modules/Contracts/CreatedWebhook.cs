namespace Adology.Modules.Contracts;

/// <summary>A webhook just registered, with the secret that signs its deliveries: shown this once.</summary>
public sealed record CreatedWebhook(Guid Id, string Url, IReadOnlyList<string> Kinds, string Secret, DateTimeOffset CreatedAt);
