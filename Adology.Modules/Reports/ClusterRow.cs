namespace Adology.Modules.Reports;

/// <summary>One creative of one cluster, as the clusters sheet shows it, with the cluster's themes.</summary>
internal sealed record ClusterRow(string Cluster, string CreativeId, string? Theme);
