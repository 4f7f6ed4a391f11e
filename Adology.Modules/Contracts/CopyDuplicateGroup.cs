namespace Adology.Modules.Contracts;

/// <summary>
/// Distinct creatives of the brand whose copy (with the text on their pictures) says nearly the same: linked by a cosine
/// of their copy embeddings of at least <c>Ai:CopyDuplicateSimilarity</c>; <paramref name="MinSimilarity"/> is the
/// weakest link of the group.
/// </summary>
public sealed record CopyDuplicateGroup(IReadOnlyList<Guid> CreativeIds, double MinSimilarity);
