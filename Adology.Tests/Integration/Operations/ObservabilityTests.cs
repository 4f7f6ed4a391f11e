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
        var before = Sum(await MetricsAsync(), "adology_items_acquired");

        var scan = await user.WaitForScanAsync(await user.StartDemoScanAsync(ApiUser.UniqueBrand("metrics"), 20));

        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        var metrics = await MetricsAsync();
        for (var attempt = 0; attempt < 50 && Sum(metrics, "adology_items_acquired") - before < 20; attempt++)
        {
            // The exporter caches its answer for a moment.
            await Task.Delay(100);
            metrics = await MetricsAsync();
        }

        Assert.Multiple(() =>
        {
            Assert.That(Sum(metrics, "adology_items_acquired") - before, Is.GreaterThanOrEqualTo(20));
            Assert.That(metrics, Does.Contain("outcome=\"completed\""));
            Assert.That(Sum(metrics, "adology_scan_duration_seconds_count"), Is.GreaterThanOrEqualTo(1));
            Assert.That(Sum(metrics, "adology_analysis_duration_seconds_count"), Is.GreaterThanOrEqualTo(1));
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
        Assert.That(ended.Scopes.GetValueOrDefault("ScanId"), Is.EqualTo(scanId.ToString()));
    }

    [Test]
    public async Task A_batch_consumer_logs_with_the_scan_ids_of_its_batch()
    {
        feed.Feed("dead-feed", [new { url = feed.Url("dead/1.png") }, new { url = feed.Url("dead/2.png") }], pageSize: 10);
        var user = await ApiUser.RegisterAsync(host);

        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand("dead"), feed.Url("dead-feed"));
        var scan = await user.WaitForScanAsync(scanId);

        Assert.That(scan.Status, Is.EqualTo("failed"), scan.Message);
        var ended = await EndedAsync(scanId, "failed");
        Assert.That(ended.Scopes.GetValueOrDefault("ScanId")?.ToString()?.Split(','), Does.Contain(scanId.ToString()));
    }

    private static double Sum(string metrics, string name) =>
        metrics.Split('\n')
            .Where(line => line.StartsWith(name, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    private async Task<string> MetricsAsync()
    {
        using var http = host.CreateClient();
        var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The log line of the scan's end, written by the consumer that ended it (it may follow the status by a moment).</summary>
    private async Task<CapturedLogs.LogEntry> EndedAsync(Guid scanId, string status)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var entry = logs.Entries.FirstOrDefault(entry =>
                entry.Category == typeof(ProgressEmitter).FullName && entry.Message.Contains($"Scan {scanId} ended {status}", StringComparison.Ordinal));
            if (entry is not null)
            {
                return entry;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"No log line says that scan {scanId} ended {status}.");
        return null!;
    }
}
