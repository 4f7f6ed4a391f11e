using System.Net;
using System.Net.Sockets;

namespace Adology.Bench;

/// <summary>
/// Client sockets spread over the loopback source addresses 127.0.0.2, 127.0.0.3…: one source address has only the
/// ~28,000 ports of net.ipv4.ip_local_port_range to connect from, so 50,000 connections to one host port need several.
/// </summary>
internal static class LoopbackSources
{
    /// <summary>Well under the 28,231 ports of the default range 32768–60999, as other programs use some of them.</summary>
    public const int ConnectionsPerAddress = 20_000;

    public static int AddressesFor(int connections) => Math.Max(1, (connections + ConnectionsPerAddress - 1) / ConnectionsPerAddress);

    public static IPAddress SourceAddress(int index) => new([127, 0, 0, checked((byte)(2 + index))]);

    /// <summary>The invoker a <see cref="System.Net.WebSockets.ClientWebSocket"/> connects through, each socket bound to the next source address in turn.</summary>
    public static HttpMessageInvoker Invoker(int addresses)
    {
        var next = 0;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(SourceAddress((int)((uint)Interlocked.Increment(ref next) % addresses)), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpMessageInvoker(handler);
    }
}
