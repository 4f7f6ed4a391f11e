namespace Adology.Modules.Enrich.Data;

/// <summary>The visual model's embedding of a picture, by content hash and model version (<see cref="Contracts.EmbeddingCodec"/> bytes).</summary>
internal sealed class PictureEmbedding
{
    public required byte[] Sha256 { get; init; }

    public required string Model { get; init; }

    public required byte[] Embedding { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
