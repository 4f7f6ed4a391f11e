namespace Adology.Modules.Enrich.Data;

/// <summary>
/// The copy model's embedding of an ad's whole copy (headline, body, call to action, alt text and on-image text),
/// by the SHA-256 of that text and model version: the same picture in two brands may carry different copy.
/// </summary>
internal sealed class CopyEmbedding
{
    public required byte[] CopySha256 { get; init; }

    public required string Model { get; init; }

    public required byte[] Embedding { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
