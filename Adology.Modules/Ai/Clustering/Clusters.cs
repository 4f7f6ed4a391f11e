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
    public const int SampleSize = 1000;

    /// <summary>Below 0.25 a silhouette means no substantial structure (Kaufman and Rousseeuw).</summary>
    public const float MinimumSilhouette = 0.25f;

    /// <summary>The same partition for the same vectors and seed.</summary>
    /// <param name="minimumSilhouette">The silhouette a split must reach; below it the vectors are one cluster.</param>
    public static Partition Find(IRows vectors, int seed, float minimumSilhouette = MinimumSilhouette)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var sample = RowMatrix.Normalized(vectors, RandomSample.Of(RandomSample.Generator(seed), vectors.Count, SampleSize));
        var distances = Distances(sample);

        // Each k draws from its own generator, so the k can be fitted in parallel and still be deterministic.
        var candidates = Enumerable.Range(2, Math.Max(0, Math.Min(MaxClusters, sample.Count / 2) - 1)).ToArray();
        var fits = new (float[][] Centroids, float Silhouette)[candidates.Length];
        Parallel.For(0, candidates.Length, i =>
        {
            var (centroids, labels) = KMeans.Fit(sample, candidates[i], RandomSample.Generator(seed ^ (candidates[i] * 0x3C6EF372)));
            fits[i] = (centroids, Silhouette.Of(distances, labels, candidates[i]));
        });
        (float[][] Centroids, float Silhouette)? best = null;
        foreach (var fit in fits)
        {
            if (fit.Silhouette >= minimumSilhouette && (best is null || fit.Silhouette > best.Value.Silhouette))
            {
                best = fit;
            }
        }

        return best is { } found ? Assign(vectors, found.Centroids, found.Silhouette) : Single(vectors);
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

    private static Partition Single(IRows vectors)
    {
        var centroid = new float[vectors.Dimensions];
        var vector = new float[vectors.Dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            vectors.Read(i, vector);
            var norm = EmbeddingMath.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.MultiplyAdd(vector, 1 / norm, centroid, centroid);
            }
        }

        EmbeddingMath.Normalize(centroid);
        return new Partition(vectors.Count > 0 ? 1 : 0, new int[vectors.Count], vectors.Count > 0 ? [centroid] : [], 0);
    }

    // Numbered by size, largest first (ties by first member), so cluster 0 is the brand's main look.
    // The caller's vectors are read one at a time into a buffer of each thread's, scaled on the fly: they may be many.
    private static Partition Assign(IRows vectors, float[][] centroids, float silhouette)
    {
        var labels = new int[vectors.Count];
        var squaredNorms = centroids.Select(centroid => EmbeddingMath.Dot(centroid, centroid)).ToArray();
        vectors.ForEachInParallel((vector, i) => labels[i] = Nearest(vector, centroids, squaredNorms));
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

    // Of a unit vector x and centroids c, the nearest minimises |x − c|² = 1 − 2 x·c + |c|².
    private static int Nearest(ReadOnlySpan<float> vector, float[][] centroids, float[] squaredNorms)
    {
        var norm = EmbeddingMath.Norm(vector);
        var scale = norm > 0 ? 2 / norm : 0;
        var (nearest, smallest) = (0, float.MaxValue);
        for (var c = 0; c < centroids.Length; c++)
        {
            var distance = squaredNorms[c] - (scale * EmbeddingMath.Dot(vector, centroids[c]));
            if (distance < smallest)
            {
                (nearest, smallest) = (c, distance);
            }
        }

        return nearest;
    }
}
