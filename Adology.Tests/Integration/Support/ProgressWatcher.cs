using System.Collections.Concurrent;
using Adology.Modules.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Tests.Integration.Support;

/// <summary>A SignalR client of the progress hub that records every event it receives.</summary>
internal sealed class ProgressWatcher : IAsyncDisposable
{
    private readonly ConcurrentQueue<ProgressEvent> events = new();

    private ProgressWatcher(HubConnection connection)
    {
        Connection = connection;
        connection.On<ProgressEvent>("progress", events.Enqueue);
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<ProgressEvent> Events => [.. events];

    public static async Task<ProgressWatcher> ConnectAsync(TestHost host, string? accessToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseUri, "hubs/progress"), options => options.AccessTokenProvider = () => Task.FromResult(accessToken))
            .Build();
        var watcher = new ProgressWatcher(connection);
        await connection.StartAsync();
        return watcher;
    }

    public Task<JobState> JoinAsync(Guid jobId) => Connection.InvokeAsync<JobState>("JoinJob", jobId);

    public async Task<ProgressEvent> WaitForAsync(Guid jobId, string type, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (events.FirstOrDefault(progress => progress.JobId == jobId && progress.Type == type) is { } found)
            {
                return found;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"No {type} event for {jobId}; received: {string.Join(", ", events.Select(e => $"{e.Seq}:{e.Type}"))}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
