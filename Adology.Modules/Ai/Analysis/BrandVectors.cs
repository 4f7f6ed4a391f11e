using System.Numerics.Tensors;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// One vector per creative of a brand for clustering and similarity: its visual embedding and its text embedding,
/// each of unit length and weighted √½, end to end, so a cosine is the mean of the two cosines. The enriching phase's
/// model embeddings (ResNet-18, MiniLM) are taken where present, else the insight's; the local text embeddings are
/// term frequencies and are weighted by the brand's IDF first. Creatives without embeddings, or whose embeddings are of
/// another kind than most of the brand's (the configuration changed, or they were not enriched), are left out.
/// A row is computed from its creative's embeddings, as stored, each time it is read: a brand's hundred thousand
/// vectors are never all held as floats, by the analysis or by the similarity index that keeps them.
/// </summary>
internal sealed class BrandVectors : IRows
{
    private static readonly float Half = MathF.Sqrt(0.5f);

    private readonly EmbeddingSource[] visuals;
    private readonly EmbeddingSource[] texts;
    private readonly float[]? idf;

    private BrandVectors(int[] entries, EmbeddingSource[] visuals, EmbeddingSource[] texts, float[]? idf, int textStart, int dimensions)
    {
        Entries = entries;
        this.visuals = visuals;
        this.texts = texts;
        this.idf = idf;
        TextStart = textStart;
        Dimensions = dimensions;
    }

    /// <summary>For each row, the index of its creative in the catalogue given.</summary>
    public int[] Entries { get; }

    public int Count => Entries.Length;

    public int Dimensions { get; }

    /// <summary>Where the text embedding starts in each row; it has length √½ there.</summary>
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
        EmbeddingSource[] texts = [.. entries.Select(entry => sources[entry]!.Text)];
        var idf = shape.TermFrequencies ? TextVectors.InverseDocumentFrequencies(new SourceRows(texts, shape.Text), 0) : null;
        return new BrandVectors(entries, [.. entries.Select(entry => sources[entry]!.Visual)], texts, idf, shape.Visual, shape.Visual + shape.Text);
    }

    public void Read(int row, Span<float> destination)
    {
        var visual = destination[..TextStart];
        visuals[row].CopyTo(visual);
        EmbeddingMath.Normalize(visual);
        TensorPrimitives.Multiply(visual, Half, visual);
        ReadText(row, destination[TextStart..]);
    }

    /// <summary>The text part of row <paramref name="row"/> alone, as <see cref="Read"/> writes it from <see cref="TextStart"/> on.</summary>
    public void ReadText(int row, Span<float> destination)
    {
        texts[row].CopyTo(destination);
        if (idf is null)
        {
            EmbeddingMath.Normalize(destination);
        }
        else
        {
            TextVectors.Apply(idf, destination, destination);
        }

        TensorPrimitives.Multiply(destination, Half, destination);
    }

    /// <summary>Embeddings as they are, for counting the term frequencies' documents.</summary>
    private sealed class SourceRows(EmbeddingSource[] sources, int dimensions) : IRows
    {
        public int Count => sources.Length;

        public int Dimensions => dimensions;

        public void Read(int row, Span<float> destination) => sources[row].CopyTo(destination);
    }

    /// <summary>The embeddings a creative is compared by, and their kind: the sizes, and whether the text is term frequencies.</summary>
    private sealed record CreativeEmbeddings(EmbeddingSource Visual, EmbeddingSource Text, (int Visual, int Text, bool TermFrequencies) Shape)
    {
        public static CreativeEmbeddings? Of(CatalogueEntry entry, CreativeEnrichment? enrichment, bool textIsTermFrequencies)
        {
            var visual = enrichment?.Visual is { } enriched ? new EmbeddingSource(enriched) : EntryInsight.Visual(entry);
            var text = enrichment?.Copy is { } copy ? new EmbeddingSource(copy) : EntryInsight.Text(entry);
            return visual is not { } v || text is not { } t
                ? null
                : new CreativeEmbeddings(v, t, (v.Length, t.Length, enrichment?.Copy is null && textIsTermFrequencies));
        }
    }
}
