using Adology.Modules.Ai.Text;

namespace Adology.Modules.Ai.Themes;

/// <summary>
/// What each cluster of creatives is about: the content words (<see cref="Words.Content"/>) frequent in its
/// documents and rare in the others'. A word in a share p of the cluster's documents and q of the rest scores
/// p · ln((p + α) / (q + α)), the contrast TF-IDF draws between a document and its corpus, with clusters as the
/// documents; words as common elsewhere as here score nothing.
/// </summary>
internal static class ClusterThemes
{
    private const double Smoothing = 0.05;

    /// <summary>Up to <paramref name="perCluster"/> terms for each cluster 0 … max(<paramref name="clusterOf"/>), best first.</summary>
    /// <param name="ignored">Words that name nothing of a cluster, such as the brand's own name.</param>
    public static string[][] TopTerms(IEnumerable<string?> documents, int[] clusterOf, int perCluster, IReadOnlySet<string>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(clusterOf);
        ArgumentOutOfRangeException.ThrowIfNegative(perCluster);

        var clusters = clusterOf.Length == 0 ? 0 : clusterOf.Max() + 1;
        var sizes = new int[clusters];
        var inCluster = Enumerable.Range(0, clusters).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var everywhere = new Dictionary<string, int>(StringComparer.Ordinal);
        var d = 0;
        foreach (var document in documents)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(d, clusterOf.Length, nameof(documents));
            sizes[clusterOf[d]]++;
            foreach (var word in Words.Content(document).Distinct(StringComparer.Ordinal).Where(word => ignored?.Contains(word) != true))
            {
                Increment(inCluster[clusterOf[d]], word);
                Increment(everywhere, word);
            }

            d++;
        }

        ArgumentOutOfRangeException.ThrowIfNotEqual(d, clusterOf.Length, nameof(documents));
        return [.. Enumerable.Range(0, clusters).Select(c => Top(inCluster[c], sizes[c], everywhere, d - sizes[c], perCluster))];
    }

    private static string[] Top(Dictionary<string, int> here, int size, Dictionary<string, int> everywhere, int othersSize, int count)
    {
        // A word seen once in a cluster of several documents says little about the cluster.
        var minimum = size >= 4 ? 2 : 1;
        return [.. here
            .Where(term => term.Value >= minimum)
            .Select(term =>
            {
                var p = (double)term.Value / size;
                var q = othersSize > 0 ? (double)(everywhere[term.Key] - term.Value) / othersSize : 0;
                return (Term: term.Key, Score: p * Math.Log((p + Smoothing) / (q + Smoothing)));
            })
            .Where(term => term.Score > 0)
            .OrderByDescending(term => term.Score)
            .ThenBy(term => term.Term, StringComparer.Ordinal)
            .Take(count)
            .Select(term => term.Term)];
    }

    private static void Increment(Dictionary<string, int> counts, string word) =>
        counts[word] = counts.GetValueOrDefault(word) + 1;
}
