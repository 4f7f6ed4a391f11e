namespace Adology.Web.Reports;

/// <summary>One creative of one cluster, as the clusters sheet shows it.</summary>
internal sealed record ClusterRow(string Cluster, string CreativeId, string? Theme);
