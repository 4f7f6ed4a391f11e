namespace Adology.Modules.Contracts;

/// <summary>One creative as a source lists it: where to download it and what the source says of it.</summary>
/// <param name="MetadataJson">The source's metadata as a JSON object, or null.</param>
public sealed record GatheredCreative(string Url, string? MetadataJson);
