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
/// </summary>
internal sealed class BrandVectors
{
    private static readonly float Half = MathF.Sqrt(0.5f);

    private BrandVectors(int[] entries, RowMatrix rows, int textStart)
    {
        Entries = entries;
        Rows = rows;
        TextStart = textStart;
    }

    /// <summary>For each row, the index of its creative in the catalogue given.</summary>
    public int[] Entries { get; }

    /// <summary>One row per creative, in one contiguous matrix: no copy of the brand's vectors per row.</summary>
    public RowMatrix Rows { get; }

    public int Count => Entries.Length;

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
        var rows = new RowMatrix(entries.Length, shape.Visual + shape.Text);
        // Each embedding copied (or decoded from its stored bytes) straight into its row, as it is: the rows are the
        // only float copy of the brand's embeddings. The IDF is then counted over the rows and applied in place.
        Parallel.For(0, entries.Length, row =>
        {
            var source = sources[entries[row]]!;
            var combined = rows.Row(row);
            source.Visual.CopyTo(combined[..shape.Visual]);
            source.Text.CopyTo(combined[shape.Visual..]);
        });
        var idf = shape.TermFrequencies ? TextVectors.InverseDocumentFrequencies(rows, shape.Visual) : null;
        Parallel.For(0, entries.Length, row =>
        {
            var combined = rows.Row(row);
            EmbeddingMath.Normalize(combined[..shape.Visual]);
            var text = combined[shape.Visual..];
            if (idf is null)
            {
                EmbeddingMath.Normalize(text);
            }
            else
            {
                TextVectors.Apply(idf, text, text);
            }

            TensorPrimitives.Multiply(combined, Half, combined);
        });
        return new BrandVectors(entries, rows, shape.Visual);
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
