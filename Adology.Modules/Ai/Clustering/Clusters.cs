using System.Numerics.Tensors;
using Adology.Modules.Ai.Embeddings;

namespace Adology.Modules.Ai.Clustering;

/// <summary>
/// Clusters embeddings by direction (each vector scaled to unit length) with k-means++, choosing k from the data:
/// every k from 2 to <see cref="MaxClusters"/> is fitted on a random sample of at most <see cref="SampleSize"/>
/// vectors and scored by its silhouette there, the best k kept, and then every vector is assigned to its
/// nearest centroid. Cost: quadratic in the sample, linear in the rest. When no k reaches
/// <see cref="MinimumSilhouette"/> the data has no structure worth naming, and it is one cluster.
/// </summary>
internal static class Clusters
{
    public const int MaxClusters = 12;
    public const int SampleSize = 2000;

    /// <summary>Below 0.25 a silhouette means no substantial structure (Kaufman and Rousseeuw).</summary>
    public const float MinimumSilhouette = 0.25f;

    /// <summary>The same partition for the same vectors and seed.</summary>
    /// <exception cref="ArgumentException">The vectors are not all of the same dimension.</exception>
    public static Partition Find(IReadOnlyList<float[]> vectors, int seed)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var points = RowMatrix.Normalized(vectors);
        var random = new SeededRandom(seed);
        var sample = points.Select(random.Sample(points.Count, SampleSize));
        var distances = Distances(sample);

        // Each k draws from its own generator, so the k can be fitted in parallel and still be deterministic.
        var candidates = Enumerable.Range(2, Math.Max(0, Math.Min(MaxClusters, sample.Count / 2) - 1)).ToArray();
        var fits = new (float[][] Centroids, float Silhouette)[candidates.Length];
        Parallel.For(0, candidates.Length, i =>
        {
            var (centroids, labels) = KMeans.Fit(sample, candidates[i], new SeededRandom(seed ^ (candidates[i] * 0x3C6EF372)));
            fits[i] = (centroids, Silhouette.Of(distances, labels, candidates[i]));
        });
        (float[][] Centroids, float Silhouette)? best = null;
        foreach (var fit in fits)
        {
            if (fit.Silhouette >= MinimumSilhouette && (best is null || fit.Silhouette > best.Value.Silhouette))
            {
                best = fit;
            }
        }

        return best is { } found ? Assign(points, found.Centroids, found.Silhouette) : Single(points);
    }

    private static float[] Distances(RowMatrix sample)
    {
        var count = sample.Count;
        var distances = new float[count * count];
        Parallel.For(0, count, i =>
        {
            for (var j = i + 1; j < count; j++)
            {
                // Between unit vectors, |a − b|² = 2 − 2 a·b.
                var distance = MathF.Sqrt(Math.Max(0, 2 - (2 * EmbeddingMath.Dot(sample[i], sample[j]))));
                distances[(i * count) + j] = distance;
                distances[(j * count) + i] = distance;
            }
        });
        return distances;
    }

    private static Partition Single(RowMatrix points)
    {
        var centroid = new float[points.Dimensions];
        for (var i = 0; i < points.Count; i++)
        {
            TensorPrimitives.Add(centroid, points[i], centroid);
        }

        EmbeddingMath.Normalize(centroid);
        return new Partition(points.Count > 0 ? 1 : 0, new int[points.Count], points.Count > 0 ? [centroid] : [], 0);
    }

    // Numbered by size, largest first (ties by first member), so cluster 0 is the brand's main look.
    private static Partition Assign(RowMatrix points, float[][] centroids, float silhouette)
    {
        var labels = new int[points.Count];
        Parallel.For(0, points.Count, i => labels[i] = KMeans.Nearest(points[i], centroids).Centroid);
        var order = Enumerable.Range(0, centroids.Length)
            .Select(c => (Cluster: c, Size: labels.Count(label => label == c), First: Array.IndexOf(labels, c)))
            .Where(cluster => cluster.Size > 0)
            .OrderByDescending(cluster => cluster.Size)
            .ThenBy(cluster => cluster.First)
            .Select(cluster => cluster.Cluster)
            .ToArray();
        var renumber = new int[centroids.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            renumber[order[rank]] = rank;
        }

        return new Partition(
            order.Length,
            [.. labels.Select(label => renumber[label])],
            [.. order.Select(c => EmbeddingMath.Normalized(centroids[c]))],
            silhouette);
    }
}
