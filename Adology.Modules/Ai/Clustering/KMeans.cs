using System.Numerics.Tensors;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Platform.Randomness;

namespace Adology.Modules.Ai.Clustering;

/// <summary>Lloyd's k-means from <see cref="KMeansPlusPlus"/> seeds, the best of a few restarts by inertia (summed squared distances).</summary>
internal static class KMeans
{
    private const int Restarts = 2;
    private const int MaxIterations = 40;

    public static (float[][] Centroids, int[] Labels) Fit(RowMatrix points, int clusters, SplitMix64 random)
    {
        (float[][] Centroids, int[] Labels, double Inertia)? best = null;
        for (var restart = 0; restart < Restarts; restart++)
        {
            var centroids = KMeansPlusPlus.Seed(points, clusters, random);
            var labels = new int[points.Count];
            var inertia = Assign(points, centroids, labels);
            for (var iteration = 0; iteration < MaxIterations; iteration++)
            {
                Update(points, labels, centroids);
                var previous = (int[])labels.Clone();
                inertia = Assign(points, centroids, labels);
                if (labels.AsSpan().SequenceEqual(previous))
                {
                    break;
                }
            }

            if (best is null || inertia < best.Value.Inertia)
            {
                best = (centroids, labels, inertia);
            }
        }

        return (best!.Value.Centroids, best.Value.Labels);
    }

    /// <summary>Labels every point with its nearest centroid; returns the inertia.</summary>
    public static double Assign(RowMatrix points, float[][] centroids, int[] labels)
    {
        var inertia = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            (labels[i], var distance) = Nearest(points[i], centroids);
            inertia += distance;
        }

        return inertia;
    }

    public static (int Centroid, float SquaredDistance) Nearest(ReadOnlySpan<float> point, float[][] centroids)
    {
        var (nearest, smallest) = (0, float.MaxValue);
        for (var c = 0; c < centroids.Length; c++)
        {
            var distance = EmbeddingMath.SquaredDistance(point, centroids[c]);
            if (distance < smallest)
            {
                (nearest, smallest) = (c, distance);
            }
        }

        return (nearest, smallest);
    }

    // An emptied cluster takes the point farthest from its centroid, so k clusters stay k.
    private static void Update(RowMatrix points, int[] labels, float[][] centroids)
    {
        var sizes = new int[centroids.Length];
        foreach (var centroid in centroids)
        {
            Array.Clear(centroid);
        }

        for (var i = 0; i < points.Count; i++)
        {
            sizes[labels[i]]++;
            TensorPrimitives.Add(centroids[labels[i]], points[i], centroids[labels[i]]);
        }

        for (var c = 0; c < centroids.Length; c++)
        {
            if (sizes[c] > 0)
            {
                TensorPrimitives.Divide(centroids[c], sizes[c], centroids[c]);
            }
        }

        for (var c = 0; c < centroids.Length; c++)
        {
            if (sizes[c] == 0)
            {
                var farthest = Farthest(points, labels, centroids);
                points[farthest].CopyTo(centroids[c]);
                labels[farthest] = c;
            }
        }
    }

    private static int Farthest(RowMatrix points, int[] labels, float[][] centroids)
    {
        var (farthest, largest) = (0, -1f);
        for (var i = 0; i < points.Count; i++)
        {
            var distance = EmbeddingMath.SquaredDistance(points[i], centroids[labels[i]]);
            if (distance > largest)
            {
                (farthest, largest) = (i, distance);
            }
        }

        return farthest;
    }
}
