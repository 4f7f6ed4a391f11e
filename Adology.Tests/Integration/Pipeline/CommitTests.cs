using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Pipeline;

public sealed class CommitTests
{
    [Test]
    public async Task Fifty_scans_at_once_each_commit_exactly_once()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var brands = Enumerable.Range(0, 50).Select(i => ApiUser.UniqueBrand($"c{i}")).ToList();

        var scanIds = await Task.WhenAll(brands.Select(brand => user.StartDemoScanAsync(brand, 40)));
        var scans = await Task.WhenAll(scanIds.Select(id => user.WaitForScanAsync(id, TimeSpan.FromMinutes(3))));

        Assert.That(scans.Select(scan => scan.Status), Has.All.EqualTo("completed"));
        Assert.That(scans.Select(scan => scan.Processed), Has.All.EqualTo(40));
        foreach (var scanId in scanIds)
        {
            await host.Bus.WaitUntilConsumedAsync<CommitBrand>(scanId, times: 1);
        }

        // Consumed once, and committed once: EnrichScan goes out only from the commit's transaction that marked the scan committed.
        Assert.That(scanIds.Select(host.Bus.Consumed<CommitBrand>), Has.All.EqualTo(1), "CommitBrand consumed per scan");
        Assert.That(scanIds.Select(host.Bus.Published<EnrichScan>), Has.All.EqualTo(1), "commits that marked the scan committed");
        Assert.That(scanIds.Select(host.Bus.Published<AnalyzeBrand>), Has.All.EqualTo(1));
        foreach (var brand in brands)
        {
            var creatives = await user.AllCreativesAsync(brand);
            Assert.That(creatives, Has.Count.EqualTo(38), brand);
            Assert.That(creatives.Select(creative => creative.SeenCount), Has.All.EqualTo(1), brand);
        }

        Assert.That(host.Bus.Faults, Is.Empty);
    }

    [Test]
    public async Task Redelivered_CommitBrand_duplicates_nothing()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("redeliver");
        var scanId = await user.StartDemoScanAsync(brand, 60);
        await user.WaitForScanAsync(scanId);
        var before = await user.AllCreativesAsync(brand);

        await host.PublishAsync(new CommitBrand(scanId));
        await host.Bus.WaitUntilConsumedAsync<CommitBrand>(scanId, times: 2);

        var after = await user.AllCreativesAsync(brand);
        Assert.That(after, Has.Count.EqualTo(before.Count));
        Assert.That(after.Select(c => (c.Id, c.SeenCount, c.LastSeenAt)), Is.EquivalentTo(before.Select(c => (c.Id, c.SeenCount, c.LastSeenAt))));
        Assert.That(host.Bus.Published<AnalyzeBrand>(scanId), Is.EqualTo(1), "the second CommitBrand must not publish AnalyzeBrand again");
        Assert.That((await user.ScanAsync(scanId)).Status, Is.EqualTo("completed"));
    }

    [Test]
    public async Task Redelivered_AnalyzeBrand_leaves_the_completed_scan_and_its_analysis_as_they_were()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("reanalyze"), 20);
        var scan = await user.WaitForScanAsync(scanId);
        var analysis = await user.Http.GetStringAsync($"/api/scans/{scanId}/analysis");

        await host.PublishAsync(new AnalyzeBrand(scanId));
        await host.Bus.WaitUntilConsumedAsync<AnalyzeBrand>(scanId, times: 2);

        Assert.That(await user.ScanAsync(scanId), Is.EqualTo(scan));
        Assert.That(await user.Http.GetStringAsync($"/api/scans/{scanId}/analysis"), Is.EqualTo(analysis));
    }

    [Test]
    public async Task Completing_a_scan_that_another_delivery_completed_says_so_and_changes_nothing()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("complete"), 10);
        var scan = await user.WaitForScanAsync(scanId);
        await using var scope = host.Services.CreateAsyncScope();

        var completed = await scope.ServiceProvider.GetRequiredService<IScanLedger>().CompleteAsync(scanId, "again", CancellationToken.None);

        Assert.That(completed, Is.False, "the analysis consumer reports COMPLETE only when its call completed the scan");
        Assert.That(await user.ScanAsync(scanId), Is.EqualTo(scan));
    }

    [Test]
    public async Task Redelivered_AcquireCreative_is_not_counted_twice()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("recount"), 30);
        var scan = await user.WaitForScanAsync(scanId);

        await host.PublishAsync(new AcquireCreative(scanId, 0, "http://127.0.0.1:1/never-fetched.png"));
        await host.Bus.WaitUntilConsumedAsync<AcquireCreative>(scanId, times: 31);

        var again = await user.ScanAsync(scanId);
        Assert.That((again.Processed, again.Failed, again.Status), Is.EqualTo((scan.Processed, scan.Failed, "completed")));
        Assert.That(host.Bus.Published<CommitBrand>(scanId), Is.EqualTo(1));
    }
}
