using System.Text.Json;
using Adology.Bench;

namespace Adology.Tests.Unit.Bench;

/// <summary>The checks after which a benchmark may print its result line, else it fails naming what was missing.</summary>
internal sealed class BenchChecksTests
{
    private static readonly Guid ScanId = Guid.Parse("6f1c2a34-0000-4000-8000-000000000001");

    [Test]
    public void A_completed_scan_with_every_item_passes()
    {
        Assert.That(BenchChecks.ScanProblem("demo", Scan("completed", processed: 200, failed: 0), items: 200), Is.Null);
    }

    [TestCase("failed", 200, 0, "status failed")]
    [TestCase("cancelled", 80, 0, "status cancelled, 80 of 200 items processed")]
    [TestCase("completed", 199, 0, "199 of 200 items processed")]
    [TestCase("completed", 200, 3, "3 failed")]
    public void A_scan_that_did_not_complete_every_item_is_named(string status, int processed, int failed, string expected)
    {
        var problem = BenchChecks.ScanProblem("demo", Scan(status, processed, failed), items: 200);

        Assert.That(problem, Does.StartWith($"the demo scan {ScanId} did not complete").And.Contain(expected));
    }

    [Test]
    public void A_failed_scans_message_is_quoted()
    {
        var problem = BenchChecks.ScanProblem("warm-up", Scan("failed", 200, 150, "150 of 200 items failed"), items: 200);

        Assert.That(problem, Does.EndWith(": 150 of 200 items failed"));
    }

    [Test]
    public void Every_watcher_receiving_COMPLETE_passes()
    {
        Assert.That(BenchChecks.MissingCompletes([ScanId, Guid.NewGuid()], _ => 100, watchersPerScan: 100), Is.Null);
    }

    [Test]
    public void Watchers_that_missed_COMPLETE_are_counted_per_scan()
    {
        var other = Guid.NewGuid();

        var problem = BenchChecks.MissingCompletes([ScanId, other], scanId => scanId == ScanId ? 97 : 100, watchersPerScan: 100);

        Assert.That(problem, Is.EqualTo($"COMPLETE events missing for 1 of 2 scans: {ScanId} (3 of 100 watchers)"));
    }

    [Test]
    public void A_metric_that_never_appeared_is_named()
    {
        Assert.That(BenchChecks.MissingMetric("adology_analysis_duration_seconds_sum", double.NaN), Is.EqualTo("adology_analysis_duration_seconds_sum never appeared in the host's /metrics"));
        Assert.That(BenchChecks.MissingMetric("adology_analysis_duration_seconds_sum", 1.5), Is.Null);
    }

    [Test]
    public void An_open_files_limit_below_the_connections_and_other_files_is_named()
    {
        Assert.That(BenchChecks.OpenFilesProblem(50_000, openFilesLimit: 20_000), Does.StartWith("50000 connections need an open-files limit of at least 51000").And.Contain("this one is 20000"));
        Assert.That(BenchChecks.OpenFilesProblem(19_001, openFilesLimit: 20_000), Is.Not.Null);
        Assert.That(BenchChecks.OpenFilesProblem(19_000, openFilesLimit: 20_000), Is.Null);
        Assert.That(BenchChecks.OpenFilesProblem(50_000, openFilesLimit: long.MaxValue), Is.Null);
    }

    [Test]
    public void Connections_that_closed_while_held_are_counted_with_their_reasons()
    {
        Assert.That(BenchChecks.ConnectionsNotHeld(2_000, open: 2_000, closedBecause: []), Is.Null);

        var problem = BenchChecks.ConnectionsNotHeld(2_000, open: 1_997, closedBecause: ["timed out", "timed out", "reset"]);

        Assert.That(problem, Is.EqualTo("3 of 2000 connections were not held; the first reasons: timed out; reset"));
    }

    [Test]
    public void A_broadcast_that_missed_watchers_is_counted()
    {
        Assert.That(BenchChecks.MissingBroadcast("CANCELLED", watchers: 1_000, received: 1_000), Is.Null);
        Assert.That(BenchChecks.MissingBroadcast("CANCELLED", watchers: 1_000, received: 999), Is.EqualTo("CANCELLED reached 999 of its 1000 watchers"));
    }


    [TestCase("completed", 30, 30, 3)]
    [TestCase("cancelled", null, 0, 0)]
    [TestCase("acquiring", 30, 12, 1)]
    public void A_soak_scan_that_kept_its_items_or_was_cancelled_or_is_unfinished_is_not_lost(string status, int? total, int processed, int failed)
    {
        Assert.That(BenchChecks.SoakLoss(ScanId, SoakScan(status, total, processed, failed), items: 30, failing: 3), Is.Null);
    }

    [TestCase("completed", 30, 29, 3, "completed with 29 of 30 items processed and 3 failed where the source failed 3")]
    [TestCase("completed", 30, 30, 4, "completed with 30 of 30 items processed and 4 failed where the source failed 3")]
    [TestCase("completed", 20, 20, 3, "completed with 20 of 30 items processed")]
    [TestCase("failed", 30, 30, 30, "failed: 30 of 30 items failed")]
    public void A_soak_scan_that_lost_items_or_failed_is_lost(string status, int? total, int processed, int failed, string expected)
    {
        var loss = BenchChecks.SoakLoss(ScanId, SoakScan(status, total, processed, failed, "30 of 30 items failed"), items: 30, failing: 3);

        Assert.That(loss, Does.StartWith($"{ScanId} {expected}"));
    }

    [Test]
    public void A_soak_scan_the_API_no_longer_knows_is_lost()
    {
        Assert.That(BenchChecks.SoakLoss(ScanId, null, items: 30, failing: 3), Is.EqualTo($"{ScanId} vanished"));
    }

    [TestCase("completed")]
    [TestCase("failed")]
    [TestCase("cancelled")]
    public void An_ended_soak_scan_is_not_stuck(string status)
    {
        Assert.That(BenchChecks.SoakStuck(ScanId, SoakScan(status, 30, 30, 0)), Is.Null);
    }

    [TestCase("queued")]
    [TestCase("acquiring")]
    [TestCase("enriching")]
    public void An_unfinished_soak_scan_is_stuck(string status)
    {
        Assert.That(BenchChecks.SoakStuck(ScanId, SoakScan(status, 30, 7, 0)), Is.EqualTo($"{ScanId} still {status} with 7 processed"));
    }

    [TestCase(0, 40, "no scan was started before the host was killed")]
    [TestCase(40, 0, "no scan was started on the restarted host")]
    [TestCase(40, 35, null)]
    public void A_soak_must_start_scans_on_both_hosts(int beforeKill, int afterRestart, string? expected)
    {
        Assert.That(BenchChecks.SoakRunProblem(beforeKill, afterRestart), Is.EqualTo(expected));
    }

    private static JsonElement SoakScan(string status, int? total, int processed, int failed, string? message = null) =>
        JsonSerializer.SerializeToElement(new { id = ScanId, status, total, processed, failed, message }, JsonSerializerOptions.Web);

    private static JsonElement Scan(string status, int processed, int failed, string? message = null) =>
        JsonSerializer.SerializeToElement(new { id = ScanId, status, processed, failed, message }, JsonSerializerOptions.Web);
}
