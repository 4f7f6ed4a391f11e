using System.Net.Http.Headers;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Progress;

/// <summary>
/// A stream served by a host that works on nothing of the scan: it hears of no event in its own process, so what
/// it streams it found by following the log the other host writes.
/// </summary>
public sealed class ServerSentEventsAcrossHostsTests
{
    private TestHost other = null!;

    [OneTimeSetUp]
    public void StartHost() => other = new TestHost(new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "false",
        ["EventStreams:Heartbeat"] = "00:00:00.300",
    });

    [OneTimeTearDown]
    public void StopHost() => other.Dispose();

    [Test]
    public async Task A_scan_run_by_one_host_streams_in_order_to_its_end_from_another()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("elsewhere"), 200);

        using var stream = await EventStreamClient.OpenAsync(OtherClient(user), scanId);
        var frames = await stream.ReadToEndAsync();

        var types = frames.Select(frame => JsonSerializer.Deserialize<ProgressEvent>(frame.Data, JsonSerializerOptions.Web)!.Type).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(frames.Select(frame => long.Parse(frame.Id!)), Is.EqualTo(Enumerable.Range(1, frames.Count).Select(seq => (long)seq)));
            Assert.That(types[0], Is.EqualTo(ProgressType.Started));
            Assert.That(types[^1], Is.EqualTo(ProgressType.Complete));
            Assert.That(types, Does.Contain(ProgressType.ItemFound));
        });
    }

    [Test]
    public async Task A_quiet_stream_sends_a_ping_comment_every_heartbeat()
    {
        await using var feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        feed.Map("feed", http => Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted));
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand("quiet"), feed.Url("feed"));
        try
        {
            using var stream = await EventStreamClient.OpenAsync(OtherClient(user), scanId);
            var started = await stream.NextAsync(TimeSpan.FromSeconds(10));
            var pings = new List<string?>();
            for (var i = 0; i < 4; i++)
            {
                pings.Add(await stream.ReadLineAsync(TimeSpan.FromSeconds(5)));
            }

            Assert.That(started!.Id, Is.EqualTo("1"));
            Assert.That(pings, Is.EqualTo(new[] { ": ping", string.Empty, ": ping", string.Empty }));
        }
        finally
        {
            await user.Http.PostAsync($"/api/scans/{scanId}/cancel", null);
        }
    }

    private HttpClient OtherClient(ApiUser user)
    {
        var http = other.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
        return http;
    }
}
