using System.Globalization;
using System.Net;
using Adology.Modules.Scans.Progress;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Operations;

public sealed class ObservabilityTests
{
    private readonly CapturedLogs logs = new();
    private TestHost host = null!;
    private FeedServer feed = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        // Hangfire stays with the shared host: a second job server would take its jobs.
        host = new TestHost(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" }, logs);
        feed = await FeedServer.StartAsync();
        host.Allow(feed.BaseUri);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await feed.DisposeAsync();
        host.Dispose();
    }

    [Test]
    public async Task Metrics_endpoint_counts_the_creatives_a_demo_scan_acquired()
    {
        var user = await ApiUser.RegisterAsync(host);
        var before = await MetricsAsync();

        var scan = await user.WaitForScanAsync(await user.StartDemoScanAsync(ApiUser.UniqueBrand("metrics"), 20));

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        (double Acquired, double Scans, double Analyses) Counts(string metrics) => (
            Sum(metrics, "adology_items_acquired") - Sum(before, "adology_items_acquired"),
            Sum(metrics, "adology_scan_duration_seconds_count", "outcome=\"completed\"") - Sum(before, "adology_scan_duration_seconds_count", "outcome=\"completed\""),
            Sum(metrics, "adology_analysis_duration_seconds_count") - Sum(before, "adology_analysis_duration_seconds_count"));

        // The scan's end and its analysis are recorded a moment after its status, and the exporter caches its answer
        // for a moment: wait until every count has moved, then require the exact counts.
        var metrics = await MetricsAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Counts(metrics) is var counts && (counts.Acquired < 20 || counts.Scans < 1 || counts.Analyses < 1) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            metrics = await MetricsAsync();
        }

        Assert.Multiple(() =>
        {
            Assert.That(Counts(metrics), Is.EqualTo((20d, 1d, 1d)), "items acquired, completed scans, analyses");
            Assert.That(metrics, Does.Contain("adology_queue_depth"));
            Assert.That(metrics, Does.Contain("http_server_request_duration_seconds"));
        });
    }

    [Test]
    public async Task A_consumers_log_lines_carry_the_scan_id_as_a_scope()
    {
        var user = await ApiUser.RegisterAsync(host);

        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("logs"), 5);
        await user.WaitForScanAsync(scanId);

        var ended = await EndedAsync(scanId, "completed");
        Assert.That(ended.Scopes.GetValueOrDefault("ScanId")?.ToString(), Is.EqualTo(scanId.ToString()));
    }

    [Test]
    public async Task A_batch_consumer_logs_with_the_scan_ids_of_its_batch()
    {
        feed.Feed("dead-feed", [new { url = feed.Url("dead/1.png") }, new { url = feed.Url("dead/2.png") }], pageSize: 10);
        var user = await ApiUser.RegisterAsync(host);

        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand("dead"), feed.Url("dead-feed"));
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That(scan.Status, Is.EqualTo("failed"), scan.Message);
        // The host's only scan: its batch is its two items, and the scope names exactly this scan.
        var ended = await EndedAsync(scanId, "failed");
        Assert.That(ended.Scopes.GetValueOrDefault("ScanId")?.ToString()?.Split(','), Is.EqualTo(new[] { scanId.ToString() }));
    }

    private static double Sum(string metrics, string name, string label = "") =>
        metrics.Split('\n')
            .Where(line => line.StartsWith(name, StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    private async Task<string> MetricsAsync()
    {
        using var http = host.CreateClient();
        var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// The one log line of the scan's end, written by the consumer that ended it. It may follow the status by a moment,
    /// longer on a loaded machine: wait for it, then let a moment pass so that a second one would have been seen.
    /// </summary>
    private async Task<CapturedLogs.LogEntry> EndedAsync(Guid scanId, string status)
    {
        List<CapturedLogs.LogEntry> Ended() =>
        [
            .. logs.Entries.Where(entry =>
                entry.Category == typeof(ProgressEmitter).FullName && entry.Message.Contains($"Scan {scanId} ended {status}", StringComparison.Ordinal)),
        ];
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Ended().Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(500);
        var ended = Ended();
        Assert.That(ended, Has.Count.EqualTo(1), $"log lines saying that scan {scanId} ended {status}");
        return ended[0];
    }
}
