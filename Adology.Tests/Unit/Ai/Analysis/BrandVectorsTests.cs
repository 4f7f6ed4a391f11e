using Adology.Modules.Ai.Analysis;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Contracts;

namespace Adology.Tests.Unit.Ai.Analysis;

public sealed class BrandVectorsTests
{
    private static readonly float Half = MathF.Sqrt(0.5f);

    [Test]
    public void Each_row_is_the_unit_visual_then_the_tf_idf_text_each_weighted_root_half()
    {
        var random = new Random(5);
        var catalogue = Enumerable.Range(0, 40).Select(_ => Entry(Vector(random, 99, 0), Vector(random, TextFeatures.Dimensions, 0.6))).ToList();
        var idf = TextVectors.InverseDocumentFrequencies([.. catalogue.Select(entry => entry.Insight!.Text)]);

        var vectors = BrandVectors.Of(catalogue, textIsTermFrequencies: true);

        Assert.That(vectors.TextStart, Is.EqualTo(99));
        Assert.That(vectors.Count, Is.EqualTo(catalogue.Count));
        for (var row = 0; row < catalogue.Count; row++)
        {
            var insight = catalogue[vectors.Entries[row]].Insight!;
            float[] expected =
            [
                .. EmbeddingMath.Normalized(insight.Visual).Select(value => value * Half),
                .. TextVectors.Apply(idf, insight.Text).Select(value => value * Half),
            ];
            Assert.That(vectors.ToArray(row), Is.EqualTo(expected), $"row {row}");
        }
    }

    [Test]
    public void Creatives_of_another_shape_than_most_are_left_out()
    {
        var random = new Random(6);
        var catalogue = Enumerable.Range(0, 5).Select(_ => Entry(Vector(random, 8, 0), Vector(random, 16, 0))).ToList();
        catalogue.Insert(2, Entry(Vector(random, 4, 0), Vector(random, 16, 0)));

        var vectors = BrandVectors.Of(catalogue, textIsTermFrequencies: false);

        Assert.That(vectors.Entries, Is.EqualTo(new[] { 0, 1, 3, 4, 5 }));
        Assert.That(vectors.Dimensions, Is.EqualTo(24));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Entries_with_their_embeddings_still_encoded_give_the_rows_of_the_same_entries_decoded(bool termFrequencies)
    {
        var random = new Random(7);
        var stored = Enumerable.Range(0, 30)
            .Select(_ => Entry(Vector(random, 99, 0), Vector(random, TextFeatures.Dimensions, 0.9)))
            .Select(entry => entry with { Insight = null, Stored = StoredInsight.Of(entry.Insight!) })
            .ToList();
        var decoded = stored.Select(entry => entry with { Insight = StoredInsight.Read(entry.Stored!.Visual, entry.Stored.Text, null), Stored = null }).ToList();

        var fromStored = BrandVectors.Of(stored, termFrequencies);
        var fromDecoded = BrandVectors.Of(decoded, termFrequencies);

        Assert.That(fromStored.Entries, Is.EqualTo(fromDecoded.Entries));
        Assert.That(fromStored.Dimensions, Is.EqualTo(99 + TextFeatures.Dimensions));
        for (var row = 0; row < stored.Count; row++)
        {
            Assert.That(fromStored.ToArray(row), Is.EqualTo(fromDecoded.ToArray(row)), $"row {row}");
        }
    }

    [Test]
    public void A_brands_vectors_are_read_from_its_stored_embeddings_not_held_as_floats()
    {
        const int count = 5_000;
        var random = new Random(9);
        var catalogue = Enumerable.Range(0, count)
            .Select(_ => Entry(Vector(random, 99, 0), Vector(random, TextFeatures.Dimensions, 0.95)))
            .Select(entry => entry with { Insight = null, Stored = StoredInsight.Of(entry.Insight!) })
            .ToList();
        var rowsAsFloats = (long)count * (99 + TextFeatures.Dimensions) * sizeof(float);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var vectors = BrandVectors.Of(catalogue, textIsTermFrequencies: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(vectors.Count, Is.EqualTo(count));
        Assert.That(allocated, Is.LessThan(rowsAsFloats / 10), $"{allocated:N0} bytes allocated; the rows as floats are {rowsAsFloats:N0}");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_rows_text_part_read_alone_is_the_rows_own_from_where_its_text_starts(bool termFrequencies)
    {
        var random = new Random(11);
        var catalogue = Enumerable.Range(0, 20).Select(_ => Entry(Vector(random, 99, 0), Vector(random, TextFeatures.Dimensions, 0.9))).ToList();
        var vectors = BrandVectors.Of(catalogue, termFrequencies);
        var text = new float[vectors.Dimensions - vectors.TextStart];

        for (var row = 0; row < vectors.Count; row++)
        {
            vectors.ReadText(row, text);
            Assert.That(text, Is.EqualTo(vectors.ToArray(row)[vectors.TextStart..]), $"row {row}");
        }
    }

    [Test]
    public void Reading_rows_leaves_the_creatives_embeddings_as_they_were()
    {
        var random = new Random(10);
        var catalogue = Enumerable.Range(0, 20).Select(_ => Entry(Vector(random, 99, 0), Vector(random, TextFeatures.Dimensions, 0.9))).ToList();
        var embeddings = catalogue.Select(entry => (entry.Insight!.Visual.ToArray(), entry.Insight.Text.ToArray())).ToList();
        var vectors = BrandVectors.Of(catalogue, textIsTermFrequencies: true);

        var first = Enumerable.Range(0, vectors.Count).Select(vectors.ToArray).ToList();

        Assert.That(catalogue.Select(entry => (entry.Insight!.Visual, entry.Insight.Text)), Is.EqualTo(embeddings));
        Assert.That(Enumerable.Range(0, vectors.Count).Select(vectors.ToArray), Is.EqualTo(first));
    }

    private static CatalogueEntry Entry(float[] visual, float[] text) => new(
        Guid.NewGuid(), AdCopy.None, null, new CreativeFingerprint(new byte[32], "image/png", 1, 1, 1, 0), new CreativeInsight(visual, text, CreativeAttributes.None), Guid.Empty);

    // Non-negative like histograms and term frequencies; a share of zeros so that the IDF differs between buckets.
    private static float[] Vector(Random random, int dimensions, double zeros) =>
        [.. Enumerable.Range(0, dimensions).Select(_ => random.NextDouble() < zeros ? 0f : (float)random.NextDouble())];
}
