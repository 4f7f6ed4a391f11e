namespace Adology.Modules.Contracts;

/// <summary>Narrows a brand's creatives: by whether content rules flagged their copy, and by their normalised call to action.</summary>
public sealed record CreativeFilter(bool? Flagged, string? CallToAction)
{
    public static CreativeFilter None { get; } = new(null, null);
}
