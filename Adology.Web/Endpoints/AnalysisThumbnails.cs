using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

/// <summary>The signed thumbnail URLs of the creatives an analysis shows pictures of (<see cref="BrandAnalysis.ThumbnailUrls"/>).</summary>
internal static class AnalysisThumbnails
{
    public static Dictionary<Guid, string> Of(BrandAnalysis analysis, IThumbnailLinks links) =>
        analysis.Clusters.SelectMany(cluster => cluster.Examples)
            .Concat(analysis.NearDuplicateGroups.SelectMany(group => group.CreativeIds.Take(NearDuplicateGroup.ShownMembers)))
            .Distinct()
            .ToDictionary(id => id, links.OfCreative);
}
