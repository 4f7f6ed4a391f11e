using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// One vector per creative of a brand for clustering and similarity: its visual embedding and its text embedding,
/// each of unit length and weighted √½, end to end, so a cosine is the mean of the two cosines. The local text
/// embeddings are term frequencies and are weighted by the brand's IDF first. Creatives without embeddings, or
/// whose embeddings are of another model's size than most of the brand's (the configuration changed), are left out.
/// </summary>
internal sealed class BrandVectors
{
    private static readonly float Half = MathF.Sqrt(0.5f);

    private BrandVectors(int[] entries, float[][] vectors)
    {
        Entries = entries;
        Vectors = vectors;
    }

    /// <summary>For each vector, the index of its creative in the catalogue given.</summary>
    public int[] Entries { get; }

    public float[][] Vectors { get; }

    public int Count => Entries.Length;

    /// <param name="textIsTermFrequencies">True when the text embeddings come from the local generator.</param>
    public static BrandVectors Of(IReadOnlyList<CatalogueEntry> catalogue, bool textIsTermFrequencies)
    {
        var shape = catalogue
            .Where(entry => entry.Insight is not null)
            .GroupBy(entry => (entry.Insight!.Visual.Length, entry.Insight.Text.Length))
            .OrderByDescending(group => group.Count())
            .Select(group => group.Key)
            .FirstOrDefault();
        int[] entries = [.. Enumerable.Range(0, catalogue.Count)
            .Where(i => catalogue[i].Insight is { } insight && (insight.Visual.Length, insight.Text.Length) == shape)];
        var texts = entries.Select(i => catalogue[i].Insight!.Text).ToList();
        var idf = textIsTermFrequencies ? TextVectors.InverseDocumentFrequencies(texts) : null;
        var vectors = new float[entries.Length][];
        Parallel.For(0, entries.Length, row =>
        {
            var insight = catalogue[entries[row]].Insight!;
            var text = idf is null ? EmbeddingMath.Normalized(insight.Text) : TextVectors.Apply(idf, insight.Text);
            vectors[row] = Combine(EmbeddingMath.Normalized(insight.Visual), text);
        });
        return new BrandVectors(entries, vectors);
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
}
