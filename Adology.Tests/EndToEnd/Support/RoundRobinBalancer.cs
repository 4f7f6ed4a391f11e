using System.Net;
using System.Net.Sockets;

namespace Adology.Tests.EndToEnd.Support;

/// <summary>
/// A load balancer without sticky sessions: a TCP proxy on loopback that sends each new connection to the next host in
/// turn, whatever the connection before it of the same client went to.
/// </summary>
internal sealed class RoundRobinBalancer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Uri[] hosts;
    private readonly int[] connections;
    private readonly List<Task> pipes = [];
    private readonly Task accepting;
    private int next;

    private RoundRobinBalancer(Uri[] hosts)
    {
        this.hosts = hosts;
        connections = new int[hosts.Length];
        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    public static RoundRobinBalancer Start(params Uri[] hosts) => new(hosts);

    /// <summary>How many connections went to the host of this index.</summary>
    public int ConnectionsTo(int host) => Volatile.Read(ref connections[host]);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        Task[] open;
        lock (pipes)
        {
            open = [.. pipes];
        }

        await Task.WhenAll(open);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var host = (Interlocked.Increment(ref next) - 1) % hosts.Length;
            Interlocked.Increment(ref connections[host]);
            lock (pipes)
            {
                pipes.Add(PipeAsync(client, hosts[host]));
            }
        }
    }

    private async Task PipeAsync(TcpClient client, Uri host)
    {
        using var server = new TcpClient();
        using (client)
        {
            try
            {
                await server.ConnectAsync(host.Host, host.Port, stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException)
            {
                return;
            }

            using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            var up = CopyAsync(client.GetStream(), server.GetStream(), done.Token);
            var down = CopyAsync(server.GetStream(), client.GetStream(), done.Token);
            // Either side closing ends the connection, as a proxy's would.
            await Task.WhenAny(up, down);
            await done.CancelAsync();
            await Task.WhenAll(up, down);
        }
    }

    private static async Task CopyAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }
}
