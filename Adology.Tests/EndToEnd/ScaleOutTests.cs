using Adology.Modules.Contracts;
using Adology.Tests.EndToEnd.Support;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// Two published hosts on two ports share PostgreSQL, RabbitMQ (the bus), Redis (the SignalR backplane) and the blob
/// folder. A 3,000-item scan starts on A and is watched from B; A is SIGKILLed while acquiring; B must finish the scan.
/// </summary>
public sealed class ScaleOutTests
{
    private const int Items = 3_000;

    [Test]
    public async Task A_scan_started_on_a_host_killed_while_acquiring_is_finished_by_the_other_and_watched_there_to_COMPLETE()
    {
        await using var feed = await SlowImageFeed.StartAsync(Items);
        var blobs = Path.Combine(Path.GetTempPath(), "adology-scale-out", Guid.NewGuid().ToString("N"));
        var environment = PublishedHost.ScaleOutSettings(feed.BaseUri, blobs);
        var starting = new[] { PublishedHost.StartAsync(HostProcess.FreePort(), environment), PublishedHost.StartAsync(HostProcess.FreePort(), environment) };
        await using var hostA = await starting[0];
        await using var hostB = await starting[1];
        using var httpA = new HttpClient { BaseAddress = hostA.BaseUri };
        using var httpB = new HttpClient { BaseAddress = hostB.BaseUri };
        var onA = await ApiUser.RegisterAsync(httpA);
        httpB.DefaultRequestHeaders.Authorization = onA.Http.DefaultRequestHeaders.Authorization;
        var onB = new ApiUser(httpB, onA.Email);
        await using var watcher = await SequenceWatcher.ConnectAsync(new Uri(hostB.BaseUri, "hubs/progress"), onA.AccessToken);
        var brand = ApiUser.UniqueBrand("scale");

        var scanId = await onA.StartFeedScanAsync(brand, feed.FeedUrl);
        await watcher.JoinAsync(scanId);
        await CrashRecoveryTests.WaitForAsync(onB, scanId, scan => scan.Status == "acquiring" && scan.Processed >= Items / 3);
        await hostA.KillAsync();
        var scan = await CrashRecoveryTests.WaitForAsync(onB, scanId, scan => scan.Status is "completed" or "failed");
        await watcher.WaitForFinalAsync();

        try
        {
            Assert.That((scan.Status, scan.Total, scan.Processed, scan.Failed), Is.EqualTo(("completed", Items, Items, 0)), scan.Message);
            ScanCatalogue.AssertHoldsEachItemOnce(await onB.AllCreativesAsync(brand), Items, scanId, blobs);
            Assert.That(watcher.Final?.Type, Is.EqualTo(ProgressType.Complete));
            Assert.That(watcher.Resyncs, Is.LessThanOrEqualTo(1), string.Join(", ", watcher.Received));
            Assert.That(watcher.AfterFinal, Is.Empty);
        }
        finally
        {
            Directory.Delete(blobs, recursive: true);
        }
    }

    /// <summary>
    /// A client of the hub as docs/PROTOCOL.md asks: it takes the state from JoinJob, then expects each event's seq to
    /// be the last one + 1; on a gap it re-joins (a resync) and goes on from the later of the gap's event and the state.
    /// </summary>
    private sealed class SequenceWatcher : IAsyncDisposable
    {
        private readonly HubConnection connection;
        private readonly Lock sync = new();
        private readonly TaskCompletionSource final = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Guid jobId;
        private long last;

        private SequenceWatcher(HubConnection connection)
        {
            this.connection = connection;
            connection.On<ProgressEvent>("progress", OnEvent);
        }

        public int Resyncs { get; private set; }

        public ProgressEvent? Final { get; private set; }

        public List<string> Received { get; } = [];

        public List<ProgressEvent> AfterFinal { get; } = [];

        public static async Task<SequenceWatcher> ConnectAsync(Uri hub, string accessToken)
        {
            var connection = new HubConnectionBuilder().WithUrl(hub, options => options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken)).Build();
            await connection.StartAsync();
            return new SequenceWatcher(connection);
        }

        public async Task JoinAsync(Guid job)
        {
            lock (sync)
            {
                jobId = job;
            }

            var state = await connection.InvokeAsync<JobState>("JoinJob", job);
            GoOnFrom(state.Seq);
        }

        public Task WaitForFinalAsync() => final.Task.WaitAsync(TimeSpan.FromMinutes(1));

        public ValueTask DisposeAsync() => connection.DisposeAsync();

        private void OnEvent(ProgressEvent progress)
        {
            lock (sync)
            {
                Received.Add($"{progress.Seq}:{progress.Type}");
                if (progress.JobId != jobId || progress.Seq <= last)
                {
                    return;
                }

                if (Final is not null)
                {
                    AfterFinal.Add(progress);
                    return;
                }

                if (progress.Seq != last + 1)
                {
                    // Not awaited here: the connection delivers nothing else, the answer included, while a handler runs.
                    Resyncs++;
                    _ = ResyncAsync();
                }

                last = progress.Seq;
                if (ProgressType.IsFinal(progress.Type))
                {
                    Final = progress;
                    final.TrySetResult();
                }
            }
        }

        private async Task ResyncAsync() => GoOnFrom((await connection.InvokeAsync<JobState>("JoinJob", jobId)).Seq);

        private void GoOnFrom(long seq)
        {
            lock (sync)
            {
                last = Math.Max(last, seq);
            }
        }
    }
}
