using Adology.Modules.Ai.Text;

namespace Adology.Modules.Ai.Themes;

/// <summary>
/// What each cluster of creatives is about: the content words (<see cref="Words.IsContent"/>) frequent in its
/// documents and rare in the others'. A word in a share p of the cluster's documents and q of the rest scores
/// p · ln((p + α) / (q + α)), the contrast TF-IDF draws between a document and its corpus, with clusters as the
/// documents; words as common elsewhere as here score nothing.
/// </summary>
internal static class ClusterThemes
{
    private const double Smoothing = 0.05;
    private const int Ignored = -1;

    /// <summary>Up to <paramref name="perCluster"/> terms for each cluster 0 … max(<paramref name="clusterOf"/>), best first.</summary>
    /// <param name="ignored">Words that name nothing of a cluster, such as the brand's own name.</param>
    public static string[][] TopTerms(IEnumerable<string?> documents, int[] clusterOf, int perCluster, IReadOnlySet<string>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(clusterOf);
        ArgumentOutOfRangeException.ThrowIfNegative(perCluster);

        var clusters = clusterOf.Length == 0 ? 0 : clusterOf.Max() + 1;
        var sizes = new int[clusters];

        // Each distinct word gets a number the first time it is read, and only then a string: a brand's hundred
        // thousand documents say few distinct words, so counting them allocates next to nothing per document.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var numberOf = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = new List<string>();
        var everywhere = new List<int>();
        var inCluster = Enumerable.Range(0, clusters).Select(_ => new List<int>()).ToArray();
        var lastDocument = new List<int>();
        Span<char> buffer = stackalloc char[64];
        var d = 0;
        foreach (var document in documents)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(d, clusterOf.Length, nameof(documents));
            var cluster = clusterOf[d];
            sizes[cluster]++;
            foreach (var token in Words.Tokens(document, buffer))
            {
                if (!Words.IsContent(token))
                {
                    continue;
                }

                if (!numberOf.TryGetValue(token, out var term))
                {
                    var word = token.ToString();
                    term = ignored?.Contains(word) == true ? Ignored : terms.Count;
                    numbers.Add(word, term);
                    if (term != Ignored)
                    {
                        terms.Add(word);
                        everywhere.Add(0);
                        lastDocument.Add(-1);
                        Array.ForEach(inCluster, counts => counts.Add(0));
                    }
                }

                // A word counts once for a document however often the document says it.
                if (term != Ignored && lastDocument[term] != d)
                {
                    lastDocument[term] = d;
                    everywhere[term]++;
                    inCluster[cluster][term]++;
                }
            }

            d++;
        }

        ArgumentOutOfRangeException.ThrowIfNotEqual(d, clusterOf.Length, nameof(documents));
        return [.. Enumerable.Range(0, clusters).Select(c => Top(terms, inCluster[c], sizes[c], everywhere, d - sizes[c], perCluster))];
    }

    private static string[] Top(List<string> terms, List<int> here, int size, List<int> everywhere, int othersSize, int count)
    {
        // A word seen once in a cluster of several documents says little about the cluster.
        var minimum = size >= 4 ? 2 : 1;
        return [.. Enumerable.Range(0, terms.Count)
            .Where(term => here[term] >= minimum)
            .Select(term =>
            {
                var p = (double)here[term] / size;
                var q = othersSize > 0 ? (double)(everywhere[term] - here[term]) / othersSize : 0;
                return (Term: terms[term], Score: p * Math.Log((p + Smoothing) / (q + Smoothing)));
            })
            .Where(term => term.Score > 0)
            .OrderByDescending(term => term.Score)
            .ThenBy(term => term.Term, StringComparer.Ordinal)
            .Take(count)
            .Select(term => term.Term)];
    }
}
