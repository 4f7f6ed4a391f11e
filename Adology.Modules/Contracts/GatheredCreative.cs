namespace Adology.Modules.Contracts;

/// <summary>One creative as a source lists it: where to download it and what the source says of it.</summary>
/// <param name="Url">
/// An http(s) URL to download, or <c>blob:&lt;sha256 hex&gt;</c> (<see cref="BlobUrls"/>) for a creative already in the
/// blob store: read from the store and examined like a download, never fetched.
/// </param>
/// <param name="MetadataJson">The source's metadata as a JSON object, or null.</param>
public sealed record GatheredCreative(string Url, string? MetadataJson);
