using Adology.Modules.Ai;
using Adology.Modules.Ai.Clustering;
using Adology.Modules.Ai.Embeddings;

namespace Adology.Tests.Unit.Ai.Clustering;

internal sealed class ClustersTests
{
    private const int Dimensions = 48;

    [Test]
    public void Three_well_separated_clusters_are_found_as_three()
    {
        var (vectors, truth) = Planted(clusters: 3, perCluster: 200, noise: 0.5, seed: 1);

        var partition = Clusters.Find(RowMatrix.Of(vectors), seed: 7);

        Assert.That(partition.Count, Is.EqualTo(3));
    }

    [Test]
    public void Three_planted_clusters_are_recovered_with_precision_and_recall_of_at_least_0_9()
    {
        var (vectors, truth) = Planted(clusters: 3, perCluster: 200, noise: 0.5, seed: 1);

        var partition = Clusters.Find(RowMatrix.Of(vectors), seed: 7);

        foreach (var planted in Enumerable.Range(0, 3))
        {
            var members = Enumerable.Range(0, truth.Length).Where(i => truth[i] == planted).ToList();
            var found = members.GroupBy(i => partition.ClusterOf[i]).MaxBy(group => group.Count())!.Key;
            var foundMembers = Enumerable.Range(0, truth.Length).Where(i => partition.ClusterOf[i] == found).ToList();
            var both = members.Intersect(foundMembers).Count();
            Assert.That((double)both / foundMembers.Count, Is.GreaterThanOrEqualTo(0.9), $"precision of planted cluster {planted}");
            Assert.That((double)both / members.Count, Is.GreaterThanOrEqualTo(0.9), $"recall of planted cluster {planted}");
        }
    }

    [Test]
    public void Every_vector_beyond_the_sample_is_assigned_too()
    {
        var (vectors, truth) = Planted(clusters: 4, perCluster: 1000, noise: 0.5, seed: 2);

        var partition = Clusters.Find(RowMatrix.Of(vectors), seed: 7);

        Assert.That(partition.Count, Is.EqualTo(4));
        Assert.That(Agreement(partition.ClusterOf, truth), Is.GreaterThanOrEqualTo(0.99));
    }

    [Test]
    public void Data_without_structure_is_a_single_cluster()
    {
        var random = new Random(3);
        var noise = Enumerable.Range(0, 600).Select(_ => Gaussian(random, 1)).ToList();

        // The threshold the analysis runs at, lower than Find's textbook default: noise must stay one cluster there.
        var partition = Clusters.Find(RowMatrix.Of(noise), seed: 7, new AiOptions().MinimumSilhouette);

        Assert.That(partition.Count, Is.EqualTo(1));
        Assert.That(partition.ClusterOf, Has.All.Zero);
    }

    [Test]
    public void The_same_seed_gives_the_same_partition()
    {
        var (vectors, _) = Planted(clusters: 5, perCluster: 100, noise: 0.9, seed: 4);

        var first = Clusters.Find(RowMatrix.Of(vectors), seed: 11);
        var second = Clusters.Find(RowMatrix.Of(vectors), seed: 11);

        Assert.That(second.ClusterOf, Is.EqualTo(first.ClusterOf));
        Assert.That(second.Centroids, Is.EqualTo(first.Centroids));
    }

    [Test]
    public void Clusters_are_numbered_by_size_largest_first()
    {
        var (small, _) = Planted(clusters: 2, perCluster: 50, noise: 0.4, seed: 5);
        var (large, _) = Planted(clusters: 1, perCluster: 300, noise: 0.4, seed: 6);

        var partition = Clusters.Find(RowMatrix.Of([.. small, .. large]), seed: 7);

        var sizes = Enumerable.Range(0, partition.Count).Select(c => partition.ClusterOf.Count(label => label == c)).ToList();
        Assert.That(sizes, Is.Ordered.Descending);
        Assert.That(sizes[0], Is.EqualTo(300));
    }

    [Test]
    public void Centroids_are_unit_length_one_per_cluster()
    {
        var (vectors, _) = Planted(clusters: 3, perCluster: 100, noise: 0.5, seed: 1);

        var partition = Clusters.Find(RowMatrix.Of(vectors), seed: 7);

        Assert.That(partition.Centroids, Has.Length.EqualTo(partition.Count));
        Assert.That(partition.Centroids.Select(c => Math.Sqrt(c.Sum(x => x * x))), Has.All.EqualTo(1).Within(1e-5));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(3)]
    public void Too_few_vectors_to_split_are_one_cluster_or_none(int count)
    {
        var partition = Clusters.Find(RowMatrix.Of([.. Enumerable.Repeat(new float[] { 1, 2, 3 }, count)]), seed: 7);

        Assert.That(partition.Count, Is.EqualTo(Math.Min(count, 1)));
        Assert.That(partition.ClusterOf, Has.Length.EqualTo(count));
    }

    // Gaussian blobs around random centres: noise 0.5 per coordinate against centres of norm ~7 keeps them apart.
    private static (List<float[]> Vectors, int[] Truth) Planted(int clusters, int perCluster, double noise, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, clusters).Select(_ => Gaussian(random, 1)).ToList();
        var vectors = new List<float[]>();
        var truth = new List<int>();
        for (var i = 0; i < clusters * perCluster; i++)
        {
            var cluster = i % clusters;
            vectors.Add([.. Gaussian(random, noise).Zip(centres[cluster], (a, b) => a + b)]);
            truth.Add(cluster);
        }

        return (vectors, [.. truth]);
    }

    private static float[] Gaussian(Random random, double deviation) =>
        [.. Enumerable.Range(0, Dimensions).Select(_ => (float)(deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())))];

    // The share of pairs of vectors on which the two labellings agree (same cluster or not).
    private static double Agreement(int[] found, int[] truth)
    {
        var random = new Random(9);
        var agree = 0;
        const int Pairs = 20_000;
        for (var p = 0; p < Pairs; p++)
        {
            var (a, b) = (random.Next(found.Length), random.Next(found.Length));
            agree += (found[a] == found[b]) == (truth[a] == truth[b]) ? 1 : 0;
        }

        return (double)agree / Pairs;
    }
}
