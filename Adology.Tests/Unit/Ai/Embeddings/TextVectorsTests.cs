using Adology.Modules.Ai.Embeddings;

namespace Adology.Tests.Unit.Ai.Embeddings;

internal sealed class TextVectorsTests
{
    private static readonly string[] Corpus =
    [
        "summer sale running shoes", "summer sale espresso machine", "summer sale yoga mats",
        "summer sale garden chairs", "summer sale trail running shoes",
    ];

    [Test]
    public void The_idf_over_a_matrixs_columns_from_a_start_is_the_idf_of_those_columns_as_vectors()
    {
        var frequencies = Corpus.Select(TextFeatures.From).ToList();
        var rows = new RowMatrix(frequencies.Count, 3 + TextFeatures.Dimensions);
        for (var row = 0; row < frequencies.Count; row++)
        {
            rows.Row(row)[..3].Fill(1f);
            frequencies[row].CopyTo(rows.Row(row)[3..]);
        }

        var idf = TextVectors.InverseDocumentFrequencies(rows, 3);

        Assert.That(idf, Is.EqualTo(TextVectors.InverseDocumentFrequencies(frequencies)));
        Assert.That(idf.Distinct().Count(), Is.GreaterThan(2), "the buckets weigh differently");
    }

    [Test]
    public void Words_every_document_shares_weigh_less_after_reweighting()
    {
        var frequencies = Corpus.Select(TextFeatures.From).ToList();

        var reweighted = TextVectors.Reweight(frequencies);

        // Shoes and espresso have only "summer sale" in common, which is in every document.
        Assert.That(EmbeddingMath.Cosine(reweighted[0], reweighted[1]), Is.LessThan(EmbeddingMath.Cosine(frequencies[0], frequencies[1]) - 0.1f));
    }

    [Test]
    public void Documents_sharing_rare_words_stay_close_after_reweighting()
    {
        var reweighted = TextVectors.Reweight([.. Corpus.Select(TextFeatures.From)]);

        var shoes = EmbeddingMath.Cosine(reweighted[0], reweighted[4]);

        Assert.That(shoes, Is.GreaterThan(EmbeddingMath.Cosine(reweighted[0], reweighted[1]) + 0.3f));
    }

    [Test]
    public void Reweighted_vectors_have_unit_length()
    {
        var reweighted = TextVectors.Reweight([.. Corpus.Select(TextFeatures.From)]);

        Assert.That(reweighted.Select(vector => EmbeddingMath.Norm(vector)), Has.All.EqualTo(1).Within(1e-5));
    }

    [Test]
    public void Inverse_document_frequency_of_known_counts()
    {
        float[][] vectors = [[1, 1, 0], [1, 0, 0], [1, 0, 0]];

        var idf = TextVectors.InverseDocumentFrequencies(vectors);

        // ln((1 + n) / (1 + df)) + 1 with n = 3.
        Assert.That(idf, Is.EqualTo(new[] { 1f, MathF.Log(2) + 1, MathF.Log(4) + 1 }).Within(1e-6));
    }
}
