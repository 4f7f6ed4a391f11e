namespace Adology.Modules.Enrich.Data;

/// <summary>The text the reader found printed on a picture (empty when none), by content hash and reader version.</summary>
internal sealed class PictureText
{
    public required byte[] Sha256 { get; init; }

    public required string Reader { get; init; }

    public required string Text { get; init; }

    /// <summary>The reader's mean confidence, 0 to 1.</summary>
    public float Confidence { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
