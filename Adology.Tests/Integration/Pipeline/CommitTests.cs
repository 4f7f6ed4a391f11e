using System.Net;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Progress;
using Adology.Tests.Integration.Support;
using Microsoft.EntityFrameworkCore;
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
    public async Task Redelivered_AnalyzeBrand_of_a_reported_scan_reports_nothing_again()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("reported"), 10);
        await user.WaitForScanAsync(scanId);
        await host.Bus.WaitUntilConsumedAsync<AnalyzeBrand>(scanId, times: 1);

        await host.PublishAsync(new AnalyzeBrand(scanId));
        await host.Bus.WaitUntilConsumedAsync<AnalyzeBrand>(scanId, times: 2);

        Assert.That(await LoggedCompletesAsync(host, scanId), Has.Count.EqualTo(1), "COMPLETE events in the scan's log");
        Assert.That(host.Bus.Published<ScanCompleted>(scanId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_scan_completed_by_a_delivery_that_failed_before_reporting_it_is_reported_by_the_retry()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("unreported"), 10);
        var scan = await user.WaitForScanAsync(scanId);
        await host.Bus.WaitUntilConsumedAsync<AnalyzeBrand>(scanId, times: 1);
        // What a delivery leaves that completed the scan and then failed (counting matches, publishing, sending COMPLETE).
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AdologyDb>().Database
                .ExecuteSqlAsync($"DELETE FROM scans.progress_events WHERE scan_id = {scanId} AND type = 'COMPLETE'");
        }

        await host.PublishAsync(new AnalyzeBrand(scanId));
        await host.Bus.WaitUntilConsumedAsync<AnalyzeBrand>(scanId, times: 2);

        var complete = await LoggedCompletesAsync(host, scanId);
        Assert.That(complete, Has.Count.EqualTo(1), "COMPLETE events in the scan's log");
        var data = JsonDocument.Parse(complete[0]).RootElement.GetProperty("data");
        Assert.That(
            (data.GetProperty("creatives").GetInt32(), data.GetProperty("totalProcessed").GetInt32()),
            Is.EqualTo((10, 10)));
        Assert.That(host.Bus.Published<ScanCompleted>(scanId), Is.EqualTo(2), "the alerts of the completed scan, published again");
        Assert.That(await user.ScanAsync(scanId), Is.EqualTo(scan));
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
    public async Task A_scans_items_are_sent_to_the_acquire_in_batches_of_a_hundred()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);

        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("batches"), 230);
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That((scan.Status, scan.Processed), Is.EqualTo(("completed", 230)));
        Assert.That(host.Bus.Published<AcquireCreatives>(scanId), Is.EqualTo(3));
    }

    [Test]
    public async Task A_redelivered_acquire_batch_is_not_counted_twice()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("recount"), 30);
        var scan = await user.WaitForScanAsync(scanId);

        await host.PublishAsync(new AcquireCreatives(scanId, [0, 1]));
        await host.Bus.WaitUntilConsumedAsync<AcquireCreatives>(scanId, times: 2);

        var again = await user.ScanAsync(scanId);
        Assert.That((again.Processed, again.Failed, again.Status), Is.EqualTo((scan.Processed, scan.Failed, "completed")));
        Assert.That(host.Bus.Published<CommitBrand>(scanId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_scans_progress_is_numbered_and_sent_while_its_commit_writes_the_catalogue()
    {
        var host = SharedHost.Instance;
        var (scanId, commit) = await CommitHeldOpenAsync(host, "commit-progress");
        await using (commit)
        {
            using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(10));

            var numbered = await host.Services.GetRequiredService<ProgressNumbering>()
                .SendAsync(scanId, ProgressType.Progress, null, _ => Task.CompletedTask, waited.Token);

            Assert.That(numbered, Is.Not.Null, "a progress event of the committing scan is numbered without waiting for its commit");
        }
    }

    [Test]
    public async Task A_scan_cancelled_while_its_commit_runs_is_cancelled_at_once_and_the_commit_does_not_mark_it_committed()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var (scanId, commit) = await CommitHeldOpenAsync(host, "commit-cancel", user);
        await using (commit)
        {
            using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(10));

            using var cancel = await user.Http.PostAsync($"/api/scans/{scanId}/cancel", null, waited.Token);
            var committed = await commit.Ledger.MarkCommittedAsync(scanId, CancellationToken.None);

            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "the cancel did not wait for the commit");
            Assert.That(committed, Is.False, "the commit found the scan cancelled and marked nothing");
            Assert.That((await user.ScanAsync(scanId)).Status, Is.EqualTo("cancelled"));
        }
    }

    [Test]
    public async Task A_brand_read_for_its_analysis_gives_each_creative_its_copy_and_platform_and_holds_each_copy_once()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("read");
        await user.WaitForScanAsync(await user.StartDemoScanAsync(brand, 60));
        var creatives = (await user.AllCreativesAsync(brand)).ToDictionary(creative => creative.Id);
        await using var scope = host.Services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        var location = await catalogue.LocateAsync(creatives.Keys.First(), CancellationToken.None);

        var entries = await catalogue.ReadBrandAsync(location!.OwnerId, brand, CancellationToken.None);

        Assert.That(entries.Select(entry => (entry.Copy, entry.Platform)), Is.EqualTo(entries.Select(entry =>
        {
            var metadata = creatives[entry.Id].Metadata!.Value;
            return (AdCopy.Of(metadata), metadata.GetProperty("platform").GetString());
        })));
        var copies = entries.Select(entry => entry.Copy).ToList();
        Assert.That(copies.Distinct().Count(), Is.LessThan(copies.Count), "the demo runs some copies more than once");
        Assert.That(copies.Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(copies.Distinct().Count()), "copies held once");
        Assert.That(entries.Select(entry => entry.Platform).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(entries.Select(entry => entry.Platform).Distinct().Count()), "platforms held once");
    }

    /// <summary>
    /// A finished demo scan of the test's own, put back to committing, and a commit's transaction open on it past
    /// <see cref="IScanLedger.BeginCommitAsync"/>, as the commit holds it while it writes the catalogue.
    /// </summary>
    private static async Task<(Guid ScanId, OpenCommit Commit)> CommitHeldOpenAsync(TestHost host, string brand, ApiUser? owner = null)
    {
        var user = owner ?? await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand(brand), 5);
        await user.WaitForScanAsync(scanId);
        var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdologyDb>();
        await db.Database.ExecuteSqlAsync($"UPDATE scans.scans SET status = 'committing', completed_at = NULL WHERE id = {scanId}");
        var transaction = await db.Database.BeginTransactionAsync();
        var ledger = scope.ServiceProvider.GetRequiredService<IScanLedger>();
        Assert.That(await ledger.BeginCommitAsync(scanId, CancellationToken.None), Is.Not.Null);
        return (scanId, new OpenCommit(scope, transaction, ledger));
    }

    private sealed class OpenCommit(AsyncServiceScope scope, IAsyncDisposable transaction, IScanLedger ledger) : IAsyncDisposable
    {
        public IScanLedger Ledger => ledger;

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await scope.DisposeAsync();
        }
    }

    private static async Task<List<string>> LoggedCompletesAsync(TestHost host, Guid scanId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AdologyDb>().Database
            .SqlQuery<string>($"SELECT payload::text AS \"Value\" FROM scans.progress_events WHERE scan_id = {scanId} AND type = 'COMPLETE'")
            .ToListAsync();
    }
}
