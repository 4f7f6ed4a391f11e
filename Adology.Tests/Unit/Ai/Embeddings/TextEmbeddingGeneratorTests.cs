using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.Text;
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

    [TestCase("Lightweight running shoes for every runner: run, run, RUN!")]
    [TestCase("Café crème — naïve façade, 50 % off the espresso machines")]
    [TestCase("the and 42 shoes of the year")]
    [TestCase("Supercalifragilisticexpialidocious-and-then-some plus a word longer than any buffer: " +
        "pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis shoes")]
    public void Words_bigrams_of_neighbouring_content_words_and_marked_trigrams_are_counted_as_defined(string text)
    {
        Assert.That(TextFeatures.From(text), Is.EqualTo(Defined(text)));
    }

    [Test]
    public void Embedding_a_text_allocates_nothing_but_the_vector()
    {
        var text = string.Join(' ', Enumerable.Repeat("Lightweight running shoes for every runner, free delivery on orders", 8));
        TextFeatures.From(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        TextFeatures.From(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.LessThanOrEqualTo((TextFeatures.Dimensions * sizeof(float)) + 64), $"{allocated:N0} bytes");
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

    /// <summary>The embedding as its definition reads, a string per word: each content word, each pair of neighbouring content
    /// words, and the character trigrams of each word marked as &lt;word&gt;, hashed into buckets, sublinear, unit length.</summary>
    private static float[] Defined(string text)
    {
        var words = Words.Of(text).Where(word => Words.IsContent(word)).ToList();
        var (unigrams, bigrams, trigrams) = (new float[512], new float[512], new float[512]);
        for (var i = 0; i < words.Count; i++)
        {
            unigrams[Bucket(1, words[i])]++;
            if (i > 0)
            {
                bigrams[Bucket(2, $"{words[i - 1]} {words[i]}")]++;
            }

            var marked = $"<{words[i]}>";
            for (var start = 0; start + 3 <= marked.Length; start++)
            {
                trigrams[Bucket(3, marked.Substring(start, 3))]++;
            }
        }

        var vector = Enumerable.Range(0, 512).Select(b => Sublinear(unigrams[b]) + Sublinear(bigrams[b]) + (0.5f * Sublinear(trigrams[b]))).ToArray();
        EmbeddingMath.Normalize(vector);
        return vector;

        static int Bucket(ulong family, string feature)
        {
            var hash = new FeatureHash(family);
            hash.Add(feature);
            return hash.Bucket(512);
        }

        static float Sublinear(float count) => count > 0 ? 1 + MathF.Log(count) : 0;
    }
}
