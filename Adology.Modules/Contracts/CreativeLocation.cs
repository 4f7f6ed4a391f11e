namespace Adology.Modules.Contracts;

/// <summary>Whose catalogue, and which brand of it, a creative belongs to.</summary>
public sealed record CreativeLocation(Guid CreativeId, Guid OwnerId, string Brand);
