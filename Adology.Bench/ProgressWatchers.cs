using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Bench;

/// <summary>Many SignalR connections to the progress hub, recording each event's latency from its <c>at</c> to its receipt.</summary>
internal sealed class ProgressWatchers : IAsyncDisposable
{
    private readonly List<HubConnection> connections = [];
    private readonly ConcurrentQueue<(string Type, double Milliseconds)> latencies = new();
    private readonly ConcurrentDictionary<Guid, int> completes = new();

    public IReadOnlyCollection<(string Type, double Milliseconds)> Latencies => latencies;

    public int CompletesOf(Guid jobId) => completes.GetValueOrDefault(jobId);

    public async Task<IReadOnlyList<HubConnection>> ConnectAsync(Uri host, string accessToken, int count)
    {
        var added = new HubConnection[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (index, cancellationToken) =>
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(host, "hubs/progress"), options =>
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                    options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                    options.SkipNegotiation = true;
                })
                .Build();
            connection.On<EventStamp>("progress", Receive);
            await connection.StartAsync(cancellationToken);
            added[index] = connection;
        });
        lock (connections)
        {
            connections.AddRange(added);
        }

        return added;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    private void Receive(EventStamp stamp)
    {
        latencies.Enqueue((stamp.Type, (DateTimeOffset.UtcNow - stamp.At).TotalMilliseconds));
        if (stamp.Type == "COMPLETE")
        {
            completes.AddOrUpdate(stamp.JobId, 1, (_, count) => count + 1);
        }
    }

    /// <summary>The part of a progress event the benchmark reads.</summary>
    private sealed record EventStamp(string Type, Guid JobId, DateTimeOffset At);
}
