namespace Adology.Modules.Contracts;

/// <summary>A creative the commit added to the brand's catalogue, with the first of the scan's items that showed it.</summary>
public sealed record SettledCreative(Guid CreativeId, int Ordinal, byte[] Sha256, string Url, string? Headline);
