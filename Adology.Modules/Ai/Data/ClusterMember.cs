namespace Adology.Modules.Ai.Data;

/// <summary>Which cluster of a scan's analysis a creative fell in; the analysis document lists only each cluster's examples.</summary>
internal sealed class ClusterMember
{
    public Guid ScanId { get; init; }

    public Guid CreativeId { get; init; }

    public int Cluster { get; init; }
}
