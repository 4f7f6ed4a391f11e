using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// One vector per creative of a brand for clustering and similarity: its visual embedding and its text embedding,
/// each of unit length and weighted √½, end to end, so a cosine is the mean of the two cosines. The enriching phase's
/// model embeddings (ResNet-18, MiniLM) are taken where present, else the insight's; the local text embeddings are
/// term frequencies and are weighted by the brand's IDF first. Creatives without embeddings, or whose embeddings are of
/// another kind than most of the brand's (the configuration changed, or they were not enriched), are left out.
/// </summary>
internal sealed class BrandVectors
{
    private static readonly float Half = MathF.Sqrt(0.5f);

    private BrandVectors(int[] entries, float[][] vectors, int textStart)
    {
        Entries = entries;
        Vectors = vectors;
        TextStart = textStart;
    }

    /// <summary>For each vector, the index of its creative in the catalogue given.</summary>
    public int[] Entries { get; }

    public float[][] Vectors { get; }

    public int Count => Entries.Length;

    /// <summary>Where the text embedding starts in each vector; it has length √½ there.</summary>
    public int TextStart { get; }

    /// <param name="textIsTermFrequencies">True when the insights' text embeddings come from the local generator.</param>
    /// <param name="enrichments">By creative id: the local models' visual and copy embeddings, which replace the insight's.</param>
    public static BrandVectors Of(
        IReadOnlyList<CatalogueEntry> catalogue, bool textIsTermFrequencies, IReadOnlyDictionary<Guid, CreativeEnrichment>? enrichments = null)
    {
        var sources = catalogue.Select(entry => CreativeEmbeddings.Of(entry, enrichments?.GetValueOrDefault(entry.Id), textIsTermFrequencies)).ToArray();
        var shape = sources
            .OfType<CreativeEmbeddings>()
            .GroupBy(source => source.Shape)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key.TermFrequencies)
            .Select(group => group.Key)
            .FirstOrDefault();
        int[] entries = [.. Enumerable.Range(0, catalogue.Count).Where(i => sources[i]?.Shape == shape)];
        var idf = shape.TermFrequencies ? TextVectors.InverseDocumentFrequencies([.. entries.Select(i => sources[i]!.Text)]) : null;
        var vectors = new float[entries.Length][];
        Parallel.For(0, entries.Length, row =>
        {
            var source = sources[entries[row]]!;
            var text = idf is null ? EmbeddingMath.Normalized(source.Text) : TextVectors.Apply(idf, source.Text);
            vectors[row] = Combine(EmbeddingMath.Normalized(source.Visual), text);
        });
        return new BrandVectors(entries, vectors, shape.Visual);
    }

    private static float[] Combine(float[] visual, float[] text)
    {
        var combined = new float[visual.Length + text.Length];
        for (var i = 0; i < visual.Length; i++)
        {
            combined[i] = visual[i] * Half;
        }

        for (var i = 0; i < text.Length; i++)
        {
            combined[visual.Length + i] = text[i] * Half;
        }

        return combined;
    }

    /// <summary>The embeddings a creative is compared by, and their kind: the sizes, and whether the text is term frequencies.</summary>
    private sealed record CreativeEmbeddings(float[] Visual, float[] Text, (int Visual, int Text, bool TermFrequencies) Shape)
    {
        public static CreativeEmbeddings? Of(CatalogueEntry entry, CreativeEnrichment? enrichment, bool textIsTermFrequencies)
        {
            var visual = enrichment?.Visual ?? entry.Insight?.Visual;
            var text = enrichment?.Copy ?? entry.Insight?.Text;
            return visual is null || text is null
                ? null
                : new CreativeEmbeddings(visual, text, (visual.Length, text.Length, enrichment?.Copy is null && textIsTermFrequencies));
        }
    }
}
