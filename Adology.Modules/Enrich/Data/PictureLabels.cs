namespace Adology.Modules.Enrich.Data;

/// <summary>
/// The vision model's labels of a picture (<see cref="Contracts.CreativeLabels"/> as JSON), by content hash and model;
/// or, when the model failed, why, and no labels.
/// </summary>
internal sealed class PictureLabels
{
    public required byte[] Sha256 { get; init; }

    public required string Model { get; init; }

    /// <summary>Of the labels, the product type, to filter by.</summary>
    public string? ProductType { get; init; }

    public string? Labels { get; init; }

    public string? Failure { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
