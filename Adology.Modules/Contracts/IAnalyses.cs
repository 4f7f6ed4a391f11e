namespace Adology.Modules.Contracts;

/// <summary>Stored results of the brand-wide analysis.</summary>
public interface IAnalyses
{
    /// <summary>The analysis of the scan, or null when there is none (yet).</summary>
    Task<BrandAnalysis?> FindAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>Every creative of the scan's analysis by cluster, then creative id; streamed, as a brand may have many.</summary>
    IAsyncEnumerable<ClusterMembership> ClusterMembersAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>The creatives in the cluster of the brand's latest analysis, for each owner of the brand the viewer may see.</summary>
    Task<IReadOnlyList<Guid>> LatestClusterMembersAsync(Viewer viewer, string brand, int cluster, CancellationToken cancellationToken);
}
