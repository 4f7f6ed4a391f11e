using Adology.Modules.Ai.Embeddings;
using Microsoft.Extensions.AI;

namespace Adology.Tests.Unit.Ai.Embeddings;

internal sealed class TextEmbeddingGeneratorTests
{
    [Test]
    public void Embedding_has_the_declared_dimensions_and_unit_length()
    {
        var embedding = TextFeatures.From("Lightweight running shoes for every runner");

        Assert.That(embedding, Has.Length.EqualTo(TextEmbeddingGenerator.Dimensions));
        Assert.That(EmbeddingMath.Norm(embedding), Is.EqualTo(1).Within(1e-5));
    }

    [Test]
    public void Buckets_are_the_same_in_every_process()
    {
        // Known answers (the word and its five marked trigrams): a hash randomised per process would move them.
        var embedding = TextFeatures.From("shoes");

        Assert.That(NonZeroBuckets(embedding), Is.EqualTo(new[] { 84, 100, 212, 262, 312, 426 }));
    }

    [Test]
    public void Texts_sharing_words_are_closer_than_unrelated_texts()
    {
        var shoes = TextFeatures.From("Lightweight running shoes for your next marathon");
        var moreShoes = TextFeatures.From("Running shoes built for the marathon");
        var coffee = TextFeatures.From("Freshly roasted espresso beans, delivered");

        Assert.That(EmbeddingMath.Cosine(shoes, moreShoes), Is.GreaterThan(EmbeddingMath.Cosine(shoes, coffee) + 0.3f));
    }

    [Test]
    public void Case_stop_words_and_numbers_do_not_count()
    {
        Assert.That(TextFeatures.From("The SHOES of 2024, for you"), Is.EqualTo(TextFeatures.From("shoes")));
    }

    [Test]
    public void Spelling_variants_still_meet_through_character_trigrams()
    {
        Assert.That(EmbeddingMath.Cosine(TextFeatures.From("sneakers"), TextFeatures.From("sneaker")), Is.GreaterThan(0.5f));
    }

    [Test]
    public void Text_without_content_words_is_all_zeros()
    {
        Assert.That(TextFeatures.From("the and 42"), Has.All.Zero);
    }

    [Test]
    public async Task Generator_embeds_each_text_in_order_and_describes_itself()
    {
        using var generator = new TextEmbeddingGenerator();

        var embeddings = await generator.GenerateAsync(["running shoes", "espresso"]);

        Assert.That(embeddings.Select(embedding => embedding.Vector.ToArray()), Is.EqualTo(new[] { TextFeatures.From("running shoes"), TextFeatures.From("espresso") }));
        Assert.That(generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions, Is.EqualTo(TextEmbeddingGenerator.Dimensions));
    }

    private static int[] NonZeroBuckets(float[] embedding) => [.. Enumerable.Range(0, embedding.Length).Where(i => embedding[i] > 0)];
}
