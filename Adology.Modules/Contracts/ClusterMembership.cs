namespace Adology.Modules.Contracts;

/// <summary>A creative and the cluster of a scan's analysis it fell in (numbered as the analysis's <c>clusters</c>).</summary>
public sealed record ClusterMembership(int Cluster, Guid CreativeId);
