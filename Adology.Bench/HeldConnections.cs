using System.Collections.Concurrent;

namespace Adology.Bench;

/// <summary>
/// Many <see cref="HubSocket"/>s held open: connected a few dozen at a time, each pinged every 10 s from the moment it
/// has joined its job (as the SignalR client does every 15 s), and every progress event they receive recorded.
/// </summary>
internal sealed class HeldConnections : IAsyncDisposable
{
    private const int ConnectingAtOnce = 32;
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(10);

    private readonly HubSocket?[] sockets;
    private readonly ConcurrentQueue<ProgressStamp> received = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task pinging;
    private int connected;

    public HeldConnections(int count)
    {
        sockets = new HubSocket?[count];
        pinging = PingAsync();
    }

    public IReadOnlyCollection<ProgressStamp> Received => received;

    public int Open => sockets.Count(socket => socket is { Open: true });

    public IEnumerable<string> ClosedBecause => sockets.Select(socket => socket?.ClosedBecause).OfType<string>();

    /// <summary>Connects socket i with the token and job <paramref name="assignment"/> gives it; the first failure ends the benchmark.</summary>
    public Task ConnectAsync(Uri hub, HttpMessageInvoker invoker, Func<int, (string AccessToken, Guid JobId)> assignment, Action<int> onConnected) =>
        Parallel.ForAsync(0, sockets.Length, new ParallelOptions { MaxDegreeOfParallelism = ConnectingAtOnce }, async (index, cancellationToken) =>
        {
            var (accessToken, jobId) = assignment(index);
            try
            {
                Volatile.Write(ref sockets[index], await HubSocket.ConnectAsync(hub, accessToken, jobId, invoker, received.Enqueue, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new BenchFailedException($"connection #{index} failed with {Volatile.Read(ref connected)} connected: {exception.GetBaseException().Message}");
            }

            onConnected(Interlocked.Increment(ref connected));
        });

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await pinging;
        foreach (var socket in sockets)
        {
            socket?.Dispose();
        }

        stop.Dispose();
    }

    private async Task PingAsync()
    {
        using var timer = new PeriodicTimer(PingEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                for (var index = 0; index < sockets.Length && !stop.IsCancellationRequested; index++)
                {
                    if (Volatile.Read(ref sockets[index]) is { Open: true } socket)
                    {
                        await socket.PingAsync();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the connections are being closed.
        }
    }
}
