namespace Adology.Modules.Contracts;

/// <summary>
/// Narrows the creatives a viewer may see (docs/API.md, "Searching the catalogue"). Every field left null lets all
/// through; the fields given must all hold. Text fields are lower case, as the catalogue stores them.
/// </summary>
public sealed record CreativeFilter
{
    public static CreativeFilter None { get; } = new();

    /// <summary>One brand's creatives only (normalised by <see cref="Contracts.Brand.Normalize"/>).</summary>
    public string? Brand { get; init; }

    /// <summary>A full-text query over headline, body, call to action, alt text and on-image text (<see cref="CreativeTextQuery"/>).</summary>
    public CreativeTextQuery? Text { get; init; }

    public string? Platform { get; init; }

    /// <summary>The ad format or placement the metadata gives (<c>feed</c>, <c>story</c>, <c>banner</c>…).</summary>
    public string? Format { get; init; }

    public DateTimeOffset? FirstSeenFrom { get; init; }

    public DateTimeOffset? FirstSeenTo { get; init; }

    public DateTimeOffset? LastSeenFrom { get; init; }

    public DateTimeOffset? LastSeenTo { get; init; }

    public int? MinSeenCount { get; init; }

    /// <summary>A cluster of the brand's latest analysis (needs <see cref="Brand"/>).</summary>
    public int? Cluster { get; init; }

    /// <summary>Whether content rules flagged its copy or the text on its picture.</summary>
    public bool? Flagged { get; init; }

    /// <summary>The normalised call to action.</summary>
    public string? CallToAction { get; init; }

    /// <summary>The product type the vision model labelled it with.</summary>
    public string? ProductType { get; init; }

    /// <summary>A source type (<see cref="SourceTypes"/>) of a scan that saw it.</summary>
    public string? Source { get; init; }

    public CreativeSort Sort { get; init; } = CreativeSort.LastSeen;
}
