using System.Numerics.Tensors;
using Adology.Modules.Ai.Embeddings;

namespace Adology.Modules.Ai.Clustering;

/// <summary>Lloyd's k-means from k-means++ seeds, the best of a few restarts by inertia (summed squared distances).</summary>
internal static class KMeans
{
    private const int Restarts = 3;
    private const int MaxIterations = 40;

    public static (float[][] Centroids, int[] Labels) Fit(RowMatrix points, int clusters, SeededRandom random)
    {
        (float[][] Centroids, int[] Labels, double Inertia)? best = null;
        for (var restart = 0; restart < Restarts; restart++)
        {
            var centroids = Seed(points, clusters, random);
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

    // k-means++: each further seed is drawn with probability proportional to its squared distance from the
    // nearest seed so far, so seeds spread over the data.
    private static float[][] Seed(RowMatrix points, int clusters, SeededRandom random)
    {
        var centroids = new float[clusters][];
        centroids[0] = points[random.Below(points.Count)].ToArray();
        var distances = new double[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            distances[i] = EmbeddingMath.SquaredDistance(points[i], centroids[0]);
        }

        for (var c = 1; c < clusters; c++)
        {
            var chosen = Draw(distances, random);
            centroids[c] = points[chosen].ToArray();
            for (var i = 0; i < points.Count; i++)
            {
                distances[i] = Math.Min(distances[i], EmbeddingMath.SquaredDistance(points[i], centroids[c]));
            }
        }

        return centroids;
    }

    private static int Draw(double[] weights, SeededRandom random)
    {
        var total = weights.Sum();
        if (total <= 0)
        {
            return random.Below(weights.Length);
        }

        var target = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
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
