using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.Similarity;

namespace Adology.Tests.Unit.Ai.Similarity;

public sealed class QuantizedRowsTests
{
    [Test]
    public void The_approximate_dot_product_is_within_a_few_thousandths_of_the_exact_one()
    {
        var random = new Random(7);
        var vectors = Enumerable.Range(0, 200).Select(_ => Vector(random, 611)).ToList();
        var rows = RowMatrix.Normalized(vectors);
        var quantized = new QuantizedRows(rows);
        var query = EmbeddingMath.Normalized(Vector(random, 611));
        var (codes, scale) = quantized.Query(query);

        var errors = Enumerable.Range(0, rows.Count).Select(row => Math.Abs(quantized.ApproximateDot(codes, scale, row) - EmbeddingMath.Dot(query, rows[row])));

        Assert.That(errors.Max(), Is.LessThan(0.005f));
    }

    [Test]
    public void The_index_finds_the_same_ten_as_an_exact_scan_of_every_row()
    {
        var random = new Random(11);
        var items = Enumerable.Range(0, 5_000).Select(_ => (Id: Guid.NewGuid(), Embedding: Vector(random, 128))).ToList();
        var index = new SimilarityIndex(items);

        foreach (var query in items.Take(20))
        {
            var exact = items.Where(item => item.Id != query.Id)
                .OrderByDescending(item => EmbeddingMath.Cosine(query.Embedding, item.Embedding))
                .Take(10)
                .Select(item => item.Id);

            Assert.That(index.Nearest(query.Id, 10).Select(hit => hit.Id), Is.EqualTo(exact));
        }
    }

    [Test]
    public void An_all_zero_row_scores_zero()
    {
        var quantized = new QuantizedRows(RowMatrix.Normalized([new float[64]]));
        var (codes, scale) = quantized.Query(EmbeddingMath.Normalized(Enumerable.Repeat(1f, 64).ToArray()));

        Assert.That(quantized.ApproximateDot(codes, scale, 0), Is.Zero);
    }

    // Mostly positive, like the histogram and term-frequency parts of real embeddings, so neighbours are close.
    private static float[] Vector(Random random, int dimensions) =>
        [.. Enumerable.Range(0, dimensions).Select(_ => (float)Math.Max(0, random.NextDouble() - 0.3))];
}
