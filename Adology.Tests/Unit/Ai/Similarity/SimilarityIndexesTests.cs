using Adology.Modules.Ai;
using Adology.Modules.Ai.Similarity;
using Microsoft.Extensions.Options;

namespace Adology.Tests.Unit.Ai.Similarity;

/// <summary>The in-memory similarity indexes: eight brands in all, two per user.</summary>
public sealed class SimilarityIndexesTests
{
    private static readonly Guid Analysis = Guid.NewGuid();

    private readonly SimilarityIndexes indexes = new(Options.Create(new AiOptions { SimilarityIndexes = 8, SimilarityIndexesPerUser = 2 }));

    [Test]
    public async Task A_user_cycling_brands_does_not_push_out_another_users_indexes()
    {
        var patient = Guid.NewGuid();
        indexes.Put(patient, "kept", Analysis, Index());

        var cycler = Guid.NewGuid();
        for (var brand = 0; brand < 50; brand++)
        {
            await GetAsync(cycler, $"brand-{brand}");
        }

        Assert.That(await BuildsAsync(patient, "kept"), Is.Zero);
    }

    [Test]
    public async Task A_users_least_recently_used_brand_goes_first_when_they_hold_their_share()
    {
        var user = Guid.NewGuid();
        await GetAsync(user, "first");
        await GetAsync(user, "second");
        await GetAsync(user, "first");
        await GetAsync(user, "third");

        Assert.Multiple(async () =>
        {
            Assert.That(await BuildsAsync(user, "first"), Is.Zero);
            Assert.That(await BuildsAsync(user, "second"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Concurrent_requests_for_a_cold_brand_build_it_once()
    {
        var user = Guid.NewGuid();
        var builds = 0;
        var requests = Enumerable.Range(0, 20).Select(_ => indexes.GetAsync(user, "cold", Analysis, async token =>
        {
            Interlocked.Increment(ref builds);
            await Task.Delay(50, token);
            return Index();
        }, CancellationToken.None));

        var answers = await Task.WhenAll(requests);

        Assert.Multiple(() =>
        {
            Assert.That(builds, Is.EqualTo(1));
            Assert.That(answers.Distinct().Count(), Is.EqualTo(1));
        });
    }

    private Task<SimilarityIndex> GetAsync(Guid owner, string brand) =>
        indexes.GetAsync(owner, brand, Analysis, _ => Task.FromResult(Index()), CancellationToken.None);

    /// <summary>How many builds asking for the brand's index took: 0 when it was still kept.</summary>
    private async Task<int> BuildsAsync(Guid owner, string brand)
    {
        var builds = 0;
        await indexes.GetAsync(owner, brand, Analysis, _ =>
        {
            builds++;
            return Task.FromResult(Index());
        }, CancellationToken.None);
        return builds;
    }

    private static SimilarityIndex Index() => new([(Guid.NewGuid(), new float[] { 1, 0 })]);
}
