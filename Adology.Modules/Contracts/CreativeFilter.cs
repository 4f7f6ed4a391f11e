namespace Adology.Modules.Contracts;

/// <summary>
/// Narrows a brand's creatives: by whether content rules flagged their copy, by their normalised call to action, and
/// by the product type the vision model labelled them with (lower case).
/// </summary>
public sealed record CreativeFilter(bool? Flagged, string? CallToAction, string? ProductType = null)
{
    public static CreativeFilter None { get; } = new(null, null);
}
