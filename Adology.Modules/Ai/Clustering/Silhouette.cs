namespace Adology.Modules.Ai.Clustering;

/// <summary>
/// The mean silhouette of a labelling, from all pairwise distances: for each point, (b − a) / max(a, b) with a its
/// mean distance to its own cluster and b to the nearest other cluster; 0 for a point alone in its cluster.
/// </summary>
internal static class Silhouette
{
    public static float Of(float[] distances, int[] labels, int clusters)
    {
        var count = labels.Length;
        var sizes = new int[clusters];
        foreach (var label in labels)
        {
            sizes[label]++;
        }

        var sums = new double[clusters];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            Array.Clear(sums);
            var row = distances.AsSpan(i * count, count);
            for (var j = 0; j < count; j++)
            {
                sums[labels[j]] += row[j];
            }

            var own = labels[i];
            if (sizes[own] < 2)
            {
                continue;
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var other = 0; other < clusters; other++)
            {
                if (other != own && sizes[other] > 0)
                {
                    b = Math.Min(b, sums[other] / sizes[other]);
                }
            }

            var spread = Math.Max(a, b);
            total += spread > 0 && b < double.MaxValue ? (b - a) / spread : 0;
        }

        return (float)(total / count);
    }
}
