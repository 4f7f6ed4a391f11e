using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Platform.Randomness;

namespace Adology.Modules.Ai.Clustering;

/// <summary>
/// k-means++ seeding: the first seed uniformly, each further one with probability proportional to its squared
/// distance from the nearest seed so far, so seeds spread over the data.
/// </summary>
internal static class KMeansPlusPlus
{
    public static float[][] Seed(RowMatrix points, int clusters, SplitMix64 random)
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

    private static int Draw(double[] weights, SplitMix64 random)
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
}
