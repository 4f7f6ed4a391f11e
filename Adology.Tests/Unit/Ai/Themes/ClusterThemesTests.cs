using Adology.Modules.Ai.Themes;

namespace Adology.Tests.Unit.Ai.Themes;

internal sealed class ClusterThemesTests
{
    private static readonly string[] Shoes =
    [
        "New running shoes for your next marathon", "Lightweight running shoes, now 20% off",
        "Trail running shoes that grip", "The running shoes pros love", "Shoes made for running fast",
    ];

    private static readonly string[] Coffee =
    [
        "Rich espresso from freshly roasted coffee", "New coffee blend for the perfect espresso",
        "Espresso machines and coffee beans, now 20% off", "Your morning coffee, a real espresso", "Single-origin coffee for espresso lovers",
    ];

    [Test]
    public void Each_cluster_gets_the_words_it_is_about()
    {
        var (documents, clusterOf) = TwoClusters();

        var terms = ClusterThemes.TopTerms(documents, clusterOf, perCluster: 2);

        Assert.That(terms[0], Is.EquivalentTo(new[] { "running", "shoes" }));
        Assert.That(terms[1], Is.EquivalentTo(new[] { "coffee", "espresso" }));
    }

    [Test]
    public void Words_as_common_in_every_cluster_are_no_theme()
    {
        var (documents, clusterOf) = TwoClusters();

        var terms = ClusterThemes.TopTerms(documents, clusterOf, perCluster: 10);

        Assert.That(terms.SelectMany(cluster => cluster), Has.None.EqualTo("new").And.None.EqualTo("off"));
    }

    [Test]
    public void Stop_words_numbers_and_single_letters_are_never_terms()
    {
        string[] documents = ["the 2024 running shoes for a race", "the 2024 running shoes for a race", "la 2024 café y más"];

        var terms = ClusterThemes.TopTerms(documents, [0, 0, 1], perCluster: 10);

        Assert.That(terms.SelectMany(cluster => cluster), Has.None.EqualTo("the").And.None.EqualTo("2024").And.None.EqualTo("a")
            .And.None.EqualTo("la").And.None.EqualTo("y").And.None.EqualTo("más"));
    }

    [Test]
    public void A_single_cluster_ranks_its_words_by_how_many_documents_use_them()
    {
        string[] documents = ["running shoes", "running socks", "running shorts", "trail shoes"];

        var terms = ClusterThemes.TopTerms(documents, [0, 0, 0, 0], perCluster: 2);

        Assert.That(terms, Is.EqualTo(new[] { new[] { "running", "shoes" } }));
    }

    [Test]
    public void There_is_one_list_per_cluster_of_at_most_the_asked_length()
    {
        var (documents, clusterOf) = TwoClusters();

        var terms = ClusterThemes.TopTerms(documents, clusterOf, perCluster: 3);

        Assert.That(terms, Has.Length.EqualTo(2));
        Assert.That(terms, Has.All.Length.LessThanOrEqualTo(3));
    }

    [Test]
    public void A_word_longer_than_the_tokenisers_buffer_is_one_term()
    {
        var word = string.Concat(Enumerable.Repeat("Run", 40));
        string[] documents = [$"{word} shoes", $"{word} shoes"];

        var terms = ClusterThemes.TopTerms(documents, [0, 0], perCluster: 2);

        Assert.That(terms[0], Is.EquivalentTo(new[] { word.ToLowerInvariant(), "shoes" }));
    }

    [Test]
    public void Counting_a_brands_documents_allocates_for_its_distinct_words_not_for_each_document()
    {
        const int count = 20_000;
        var documents = Enumerable.Range(0, count).Select(d => (d % 2 == 0 ? Shoes : Coffee)[d / 2 % 5]).ToArray();
        var clusterOf = Enumerable.Range(0, count).Select(d => d % 2).ToArray();
        ClusterThemes.TopTerms(documents[..10], clusterOf[..10], perCluster: 3);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var terms = ClusterThemes.TopTerms(documents, clusterOf, perCluster: 3);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(terms[0], Does.Contain("running"));
        Assert.That(allocated, Is.LessThan(count * 4), $"{allocated:N0} bytes allocated for {count:N0} documents");
    }

    private static (string[] Documents, int[] ClusterOf) TwoClusters() =>
        ([.. Shoes, .. Coffee], [.. Shoes.Select(_ => 0), .. Coffee.Select(_ => 1)]);
}
