namespace Adology.Modules.Contracts;

/// <summary>
/// What changed since the brand's previous analysed scan (none: everything is new): creatives first seen now,
/// seen before but not in the previous scan (returning), and in the previous scan but not in this one (gone).
/// Id lists are capped at <see cref="ListedIds"/>; the counts are not.
/// </summary>
public sealed record ScanChanges(
    Guid? PreviousScanId,
    DateTimeOffset? PreviousScanAt,
    int New,
    int Returning,
    int Gone,
    IReadOnlyList<Guid> NewIds,
    IReadOnlyList<Guid> GoneIds)
{
    public const int ListedIds = 100;
}
