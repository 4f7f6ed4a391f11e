using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.Similarity;

namespace Adology.Tests.Unit.Ai.Similarity;

internal sealed class SimilarityIndexTests
{
    private const int Dimensions = 64;

    [Test]
    public void Planted_neighbours_come_first_closest_first()
    {
        var random = new Random(1);
        var items = Noise(random, 5000);
        var target = items[1234];
        var planted = new[] { 0.05, 0.1, 0.2 }.Select(distance => (Id: Guid.NewGuid(), Embedding: Nudge(target.Embedding, distance, random))).ToList();
        var index = new SimilarityIndex([.. items, .. planted]);

        var nearest = index.Nearest(target.Id, 3);

        Assert.That(nearest.Select(hit => hit.Id), Is.EqualTo(planted.Select(item => item.Id)));
    }

    [Test]
    public void The_creative_itself_is_left_out()
    {
        var items = Noise(new Random(2), 100);
        var index = new SimilarityIndex(items);

        var nearest = index.Nearest(items[0].Id, 99);

        Assert.That(nearest, Has.Length.EqualTo(99));
        Assert.That(nearest.Select(hit => hit.Id), Has.None.EqualTo(items[0].Id));
    }

    [Test]
    public void Scores_are_cosines_in_descending_order()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var index = new SimilarityIndex([(a, [2, 0]), (b, [1, 1]), (c, [0, -3])]);

        var nearest = index.Nearest(a, 2);

        Assert.That(nearest.Select(hit => hit.Id), Is.EqualTo(new[] { b, c }));
        Assert.That(nearest.Select(hit => hit.Score), Is.EqualTo(new[] { MathF.Sqrt(0.5f), 0f }).Within(1e-6));
    }

    [Test]
    public void Equal_scores_keep_the_order_the_creatives_were_given_in()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        var index = new SimilarityIndex([.. ids.Select(id => (id, new float[] { 1, 0 }))]);

        Assert.That(index.Nearest(ids[5], 4).Select(hit => hit.Id), Is.EqualTo(new[] { ids[0], ids[1], ids[2], ids[3] }));
    }

    [Test]
    public void An_embedding_from_outside_finds_its_nearest()
    {
        var items = Noise(new Random(3), 500);
        var index = new SimilarityIndex(items);

        var nearest = index.Nearest(Nudge(items[42].Embedding, 0.05, new Random(4)), 1);

        Assert.That(nearest[0].Id, Is.EqualTo(items[42].Id));
    }

    [Test]
    public void Concurrent_queries_answer_as_sequential_ones_do()
    {
        var items = Noise(new Random(5), 20_000);
        var index = new SimilarityIndex(items);
        var sequential = items.Take(64).Select(item => index.Nearest(item.Id, 5)).ToList();

        var concurrent = new (Guid, float)[64][];
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = index.Nearest(items[i].Id, 5));

        Assert.That(concurrent, Is.EqualTo(sequential));
    }

    [Test]
    public void An_index_over_rows_leaves_them_as_they_are_and_answers_as_one_over_the_list_does()
    {
        var items = Noise(new Random(8), 2_000);
        var matrix = RowMatrix.Of([.. items.Select(item => item.Embedding)]);

        var index = new SimilarityIndex([.. items.Select(item => item.Id)], matrix);

        Assert.That(Enumerable.Range(0, matrix.Count).Select(row => matrix.ToArray(row)), Is.EqualTo(items.Select(item => item.Embedding)));
        var fromList = new SimilarityIndex(items);
        Assert.That(items.Take(20).Select(item => index.Nearest(item.Id, 10)), Is.EqualTo(items.Take(20).Select(item => fromList.Nearest(item.Id, 10))));
    }

    [Test]
    public void Asking_for_more_than_there_are_returns_all_the_others()
    {
        var items = Noise(new Random(6), 3);

        Assert.That(new SimilarityIndex(items).Nearest(items[0].Id, 10), Has.Length.EqualTo(2));
    }

    [Test]
    public void An_unknown_creative_is_refused()
    {
        var index = new SimilarityIndex(Noise(new Random(7), 3));

        Assert.That(() => index.Nearest(Guid.NewGuid(), 3), Throws.InstanceOf<KeyNotFoundException>());
    }

    [Test]
    public void A_creative_listed_twice_is_refused()
    {
        var id = Guid.NewGuid();

        Assert.That(() => new SimilarityIndex([(id, [1f, 0f]), (id, [0f, 1f])]), Throws.ArgumentException);
    }

    [Test]
    public void Embeddings_of_different_dimensions_are_refused()
    {
        Assert.That(() => new SimilarityIndex([(Guid.NewGuid(), [1f, 0f]), (Guid.NewGuid(), [0f, 1f, 0f])]), Throws.ArgumentException);
    }

    private static List<(Guid Id, float[] Embedding)> Noise(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => (Guid.NewGuid(), Enumerable.Range(0, Dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()))];

    private static float[] Nudge(float[] embedding, double distance, Random random) =>
        [.. embedding.Select(x => x + (float)(distance * (random.NextDouble() - 0.5)))];
}
