using System.Net;
using System.Net.Sockets;

namespace Adology.Modules.Platform.Http;

/// <summary>
/// Checks the address actually connected to, after resolution, so no spelling of a host and no DNS answer
/// (rebinding included) reaches a non-public address unless its <c>host:port</c> is allowed.
/// </summary>
internal sealed class SafeConnector(AllowedEndpoints allowed)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        var literal = IPAddress.TryParse(host, out var address);
        var resolved = literal ? [address!] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var permitted = Permitted(resolved, host, port, literal);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private IPAddress[] Permitted(IPAddress[] resolved, string host, int port, bool literal)
    {
        if (Array.TrueForAll(resolved, AddressRules.IsPublic) || allowed.Contains(host, port))
        {
            return resolved;
        }

        var usable = Array.FindAll(resolved, AddressRules.IsPublic);
        if (usable.Length > 0)
        {
            return usable;
        }

        var refused = resolved[0];
        var of = literal ? "" : $" for {host}";
        throw new FetchFailedException($"refused address {refused} ({AddressRules.Classify(refused)}){of}", transient: false);
    }
}
