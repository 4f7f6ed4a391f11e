using Adology.Modules.Ai;
using Adology.Modules.Ai.Analysis;
using Adology.Modules.Contracts;

namespace Adology.Tests.Unit.Ai.Analysis;

public sealed class CopyDuplicatesTests
{
    private const int Dimensions = 384;
    private static readonly float Threshold = new AiOptions().CopyDuplicateSimilarity;

    [Test]
    public void Copies_that_say_nearly_the_same_are_grouped_and_a_looser_paraphrase_is_not()
    {
        var random = new Random(7);
        var texts = Enumerable.Range(0, 60).Select(_ => Unit(Noise(random, 1f))).ToList();
        texts.AddRange(Enumerable.Range(0, 3).Select(_ => Unit(Add(texts[0], Noise(random, 0.025f)))));
        texts.Add(Unit(Add(texts[5], Noise(random, 0.13f))));
        var catalogue = texts.Select(text => Entry(Unit(Noise(random, 1f)), text)).ToList();

        var groups = CopyDuplicates.Group(BrandVectors.Of(catalogue, textIsTermFrequencies: false), catalogue, Threshold);

        Assert.That(Cosine(texts[5], texts[^1]), Is.InRange(0.7, Threshold - 0.02));
        Assert.That(groups.Select(group => group.CreativeIds.Order()), Is.EqualTo(new[] { new[] { catalogue[0].Id, catalogue[60].Id, catalogue[61].Id, catalogue[62].Id }.Order() }));
        Assert.That(groups[0].MinSimilarity, Is.InRange(Threshold, 1.0));
    }

    [Test]
    public void A_campaigns_many_runs_of_one_copy_are_one_group()
    {
        var random = new Random(3);
        var campaign = Unit(Noise(random, 1f));
        var texts = Enumerable.Range(0, 2_000).Select(_ => campaign).Concat(Enumerable.Range(0, 50).Select(_ => Unit(Noise(random, 1f)))).ToList();
        var catalogue = texts.Select(text => Entry(Unit(Noise(random, 1f)), text)).ToList();

        var groups = CopyDuplicates.Group(BrandVectors.Of(catalogue, textIsTermFrequencies: false), catalogue, Threshold);

        Assert.That(groups.Select(group => group.CreativeIds.Order()), Is.EqualTo(new[] { catalogue.Take(2_000).Select(entry => entry.Id).Order() }));
        Assert.That(groups[0].MinSimilarity, Is.EqualTo(1.0).Within(0.001));
    }

    [Test]
    public void The_model_embeddings_of_the_copy_replace_the_insights()
    {
        var random = new Random(11);
        var same = Unit(Noise(random, 1f));
        var catalogue = Enumerable.Range(0, 4).Select(_ => Entry(Unit(Noise(random, 1f)), Unit(Noise(random, 1f)))).ToList();
        var enrichments = catalogue.Take(2).ToDictionary(entry => entry.Id, _ => CreativeEnrichment.None with { Visual = Unit(Noise(random, 1f)), Copy = same });
        foreach (var entry in catalogue.Skip(2))
        {
            enrichments[entry.Id] = CreativeEnrichment.None with { Visual = Unit(Noise(random, 1f)), Copy = Unit(Noise(random, 1f)) };
        }

        var groups = CopyDuplicates.Group(BrandVectors.Of(catalogue, textIsTermFrequencies: false, enrichments), catalogue, Threshold);

        Assert.That(groups.Select(group => group.CreativeIds.Order()), Is.EqualTo(new[] { new[] { catalogue[0].Id, catalogue[1].Id }.Order() }));
    }

    private static CatalogueEntry Entry(float[] visual, float[] text) => new(
        Guid.NewGuid(),
        AdCopy.None,
        null,
        new CreativeFingerprint(new byte[32], "image/png", 1, 1, 1, 0),
        new CreativeInsight(visual, text, CreativeAttributes.None),
        Guid.Empty);

    private static float[] Noise(Random random, float scale) => [.. Enumerable.Range(0, Dimensions).Select(_ => (float)(random.NextDouble() - 0.5) * scale)];

    private static float[] Add(float[] a, float[] b) => [.. a.Zip(b, (x, y) => x + y)];

    private static float[] Unit(float[] vector)
    {
        var length = MathF.Sqrt(vector.Sum(value => value * value));
        return [.. vector.Select(value => value / length)];
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
