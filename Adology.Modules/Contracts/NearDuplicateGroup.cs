namespace Adology.Modules.Contracts;

/// <summary>
/// Distinct creatives of the brand whose perceptual hashes are within the distance limit of each other;
/// <paramref name="MaxDistance"/> is the largest number of differing bits between two of them.
/// </summary>
public sealed record NearDuplicateGroup(IReadOnlyList<Guid> CreativeIds, int MaxDistance)
{
    /// <summary>How many of a group's first members the analysis links thumbnails of (<see cref="BrandAnalysis.ThumbnailUrls"/>).</summary>
    public const int ShownMembers = 3;
}
