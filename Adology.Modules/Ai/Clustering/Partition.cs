namespace Adology.Modules.Ai.Clustering;

/// <summary>
/// Vectors split into <see cref="Count"/> clusters: <see cref="ClusterOf"/> gives each input's cluster, numbered
/// from 0 by size, largest first; <see cref="Centroids"/> are the clusters' unit-length mean directions;
/// <see cref="Silhouette"/> is the mean silhouette of the sample the number of clusters was chosen on
/// (0 for a single cluster).
/// </summary>
internal sealed record Partition(int Count, int[] ClusterOf, float[][] Centroids, float Silhouette);
