namespace Adology.Modules.Contracts;

/// <summary>A creative like another, with the cosine similarity of their combined visual and text embeddings.</summary>
public sealed record SimilarCreative(Guid Id, double Score, string Sha256, string Url, string? Headline, string ThumbnailUrl);
