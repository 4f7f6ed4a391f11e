using System.Net;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Adology.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Adology.Tests.Integration.Progress;

public sealed class ServerSentEventsTests
{
    [Test]
    public async Task Events_arrive_in_order_with_their_seq_as_id_as_the_hub_sends_them_and_the_stream_ends_after_COMPLETE()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var watcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("sse"), 300);
        await watcher.JoinAsync(scanId);
        using var stream = await EventStreamClient.OpenAsync(user.Http, scanId);

        var frames = await stream.ReadToEndAsync();

        var events = frames.Select(Event).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(stream.Response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/event-stream"));
            Assert.That(frames.Select(frame => frame.Event), Is.All.EqualTo("progress"));
            Assert.That(frames.Select(frame => long.Parse(frame.Id!)), Is.EqualTo(Enumerable.Range(1, frames.Count).Select(seq => (long)seq)));
            Assert.That(events.Select(progress => progress.Seq), Is.EqualTo(frames.Select(frame => long.Parse(frame.Id!))));
            Assert.That(events.Select(progress => progress.JobId), Is.All.EqualTo(scanId));
            Assert.That(events[0].Type, Is.EqualTo(ProgressType.Started));
            Assert.That(events[^1].Type, Is.EqualTo(ProgressType.Complete));
            Assert.That(events.Count(progress => progress.Type == ProgressType.ItemFound), Is.GreaterThan(1));
        });
        await watcher.WaitForAsync(scanId, ProgressType.Complete);
        var live = watcher.Events.Where(progress => progress.JobId == scanId).ToDictionary(progress => progress.Seq);
        Assert.That(live, Is.Not.Empty);
        foreach (var progress in events.Where(progress => live.ContainsKey(progress.Seq)))
        {
            var sent = live[progress.Seq];
            Assert.That(
                (progress.Type, progress.At, progress.Phase, progress.Value, progress.Processed, progress.Total, progress.Failed, progress.Message, Json(progress.Data)),
                Is.EqualTo((sent.Type, sent.At, sent.Phase, sent.Value, sent.Processed, sent.Total, sent.Failed, sent.Message, Json(sent.Data))),
                $"event {progress.Seq} as the hub sent it");
        }
    }

    [Test]
    public async Task A_client_that_reconnects_mid_scan_with_Last_Event_ID_gets_every_event_exactly_once()
    {
        await using var feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var items = Enumerable.Range(0, 30).Select(i =>
        {
            var png = TestImages.DistinctPng(100 + i);
            feed.Map($"held/{i}.png", async http =>
            {
                await held.Task.WaitAsync(http.RequestAborted);
                http.Response.ContentType = "image/png";
                await http.Response.Body.WriteAsync(png);
            });
            return (object)new { url = feed.Url($"held/{i}.png") };
        }).ToList();
        feed.Feed("feed", items, pageSize: 30);
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand("resume"), feed.Url("feed"));

        // Acquire records a batch's items together, so the scan shows nothing more until the held pictures are let go.
        var first = await EventStreamClient.OpenAsync(user.Http, scanId);
        EventStreamFrame? frame;
        do
        {
            frame = await first.NextAsync();
        }
        while (frame is not null && Event(frame).Phase != "acquire");

        var lastSeen = first.Frames[^1].Id!;
        first.Dispose();
        var statusAtDisconnect = (await user.ScanAsync(scanId)).Status;
        held.SetResult();
        await Task.Delay(100);
        using var second = await EventStreamClient.OpenAsync(user.Http, scanId, lastSeen);
        await second.ReadToEndAsync();
        using var whole = await EventStreamClient.OpenAsync(user.Http, scanId, "0", inQuery: true);
        await whole.ReadToEndAsync();

        var received = first.Frames.Concat(second.Frames).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(statusAtDisconnect, Is.EqualTo("acquiring"), "the client left mid-scan");
            Assert.That(first.Frames, Is.Not.Empty);
            Assert.That(second.Frames, Is.Not.Empty);
            Assert.That(received.Select(frame => frame.Id), Is.Unique);
            Assert.That(received.Select(frame => long.Parse(frame.Id!)), Is.EqualTo(Enumerable.Range(1, received.Count).Select(seq => (long)seq)));
            Assert.That(received, Is.EqualTo(whole.Frames), "the two streams together are the whole log");
            Assert.That(Event(received[^1]).Type, Is.EqualTo(ProgressType.Complete));
        });
    }

    [Test]
    public async Task An_ended_scan_is_replayed_after_the_last_event_id_and_the_stream_closes()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("ended"), 5);
        await user.WaitForScanAsync(scanId);

        using var all = await EventStreamClient.OpenAsync(user.Http, scanId);
        var replayed = await all.ReadToEndAsync(TimeSpan.FromSeconds(10));
        using var rest = await EventStreamClient.OpenAsync(user.Http, scanId, "2", inQuery: true);
        var after = await rest.ReadToEndAsync(TimeSpan.FromSeconds(10));
        using var none = await EventStreamClient.OpenAsync(user.Http, scanId, replayed[^1].Id);

        Assert.Multiple(() =>
        {
            Assert.That(Event(replayed[^1]).Type, Is.EqualTo(ProgressType.Complete));
            Assert.That(replayed.Select(frame => long.Parse(frame.Id!)), Is.EqualTo(Enumerable.Range(1, replayed.Count).Select(seq => (long)seq)));
            Assert.That(after, Is.EqualTo(replayed.Skip(2)));
            Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "nothing follows the final event: an EventSource stops reconnecting");
        });
    }

    [Test]
    public async Task Another_users_or_an_unknown_scan_is_a_404_and_no_token_is_a_401()
    {
        var owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        var stranger = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await owner.StartDemoScanAsync(ApiUser.UniqueBrand("private"), 5);

        using var strangers = await EventStreamClient.OpenAsync(stranger.Http, scanId);
        using var unknown = await EventStreamClient.OpenAsync(owner.Http, Guid.NewGuid());
        using var anonymous = await EventStreamClient.OpenAsync(SharedHost.Instance.CreateClient(), scanId);
        using var admin = await EventStreamClient.OpenAsync((await ApiUser.AdminAsync(SharedHost.Instance)).Http, scanId);

        Assert.Multiple(() =>
        {
            Assert.That(strangers.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(admin.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an admin may follow any scan");
        });
    }

    [TestCase("abc")]
    [TestCase("-1")]
    [TestCase("1.5")]
    public async Task A_malformed_last_event_id_is_a_400_naming_it(string lastEventId)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("bad-id"), 2);

        using var header = await EventStreamClient.OpenAsync(user.Http, scanId, lastEventId);
        using var query = await EventStreamClient.OpenAsync(user.Http, scanId, lastEventId, inQuery: true);

        Assert.That((header.StatusCode, query.StatusCode), Is.EqualTo((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)));
        Assert.That(await header.Response.Content.ReadAsStringAsync(), Does.Contain("lastEventId"));
    }

    [Test]
    public async Task A_user_may_hold_ten_open_streams_and_one_closed_makes_room_for_another()
    {
        await using var feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        feed.Map("feed", http => Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted));
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand("bound"), feed.Url("feed"));
        var open = new List<EventStreamClient>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                open.Add(await EventStreamClient.OpenAsync(user.Http, scanId));
            }

            using var eleventh = await EventStreamClient.OpenAsync(user.Http, scanId);
            open[0].Dispose();
            var reopened = await OpenWhenRoomAsync(user, scanId);
            open[0] = reopened;

            Assert.That(open.Select(stream => stream.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(eleventh.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        }
        finally
        {
            open.ForEach(stream => stream.Dispose());
            await user.Http.PostAsync($"/api/scans/{scanId}/cancel", null);
        }
    }

    [Test]
    public async Task Retention_deletes_the_event_log_of_long_finished_scans_only()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var old = await user.StartDemoScanAsync(ApiUser.UniqueBrand("old-log"), 3);
        var recent = await user.StartDemoScanAsync(ApiUser.UniqueBrand("recent-log"), 3);
        await user.WaitForScanAsync(old);
        await user.WaitForScanAsync(recent);
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using (var age = new NpgsqlCommand("UPDATE scans.scans SET completed_at = now() - interval '8 days' WHERE id = @id", connection))
        {
            age.Parameters.AddWithValue("id", old);
            await age.ExecuteNonQueryAsync();
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
        }

        Assert.That(await LoggedAsync(connection, old), Is.Zero);
        Assert.That(await LoggedAsync(connection, recent), Is.GreaterThan(2));
        using var replay = await EventStreamClient.OpenAsync(user.Http, old);
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "a long-ended scan without a log has nothing to stream");
    }

    private static async Task<EventStreamClient> OpenWhenRoomAsync(ApiUser user, Guid scanId)
    {
        // The server frees the place when it sees the disconnect, a moment after the client leaves.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var stream = await EventStreamClient.OpenAsync(user.Http, scanId);
            if (stream.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return stream;
            }

            stream.Dispose();
            await Task.Delay(100);
        }
    }

    private static async Task<long> LoggedAsync(NpgsqlConnection connection, Guid scanId)
    {
        await using var count = new NpgsqlCommand("SELECT count(*) FROM scans.progress_events WHERE scan_id = @id", connection);
        count.Parameters.AddWithValue("id", scanId);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static ProgressEvent Event(EventStreamFrame frame) => JsonSerializer.Deserialize<ProgressEvent>(frame.Data, JsonSerializerOptions.Web)!;

    private static string Json(object? data) => data is null ? "null" : ((JsonElement)data).GetRawText();
}
