using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Platform.Http;

/// <summary><c>host:port</c> pairs that may be reached whatever their address, such as the host itself.</summary>
internal sealed class AllowedEndpoints(IOptions<SafeHttpOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> endpoints = new(
        options.Value.AllowedEndpoints.Select(entry => KeyValuePair.Create(Parse(entry), (byte)0)),
        StringComparer.OrdinalIgnoreCase);

    public void Add(string hostAndPort) => endpoints.TryAdd(Parse(hostAndPort), 0);

    public bool Contains(string host, int port) => endpoints.ContainsKey(Key(host, port));

    private static string Parse(string hostAndPort)
    {
        var colon = hostAndPort.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(hostAndPort.AsSpan(colon + 1), out var port) || port is < 1 or > 65535)
        {
            throw new FormatException($"Allowed endpoint '{hostAndPort}' is not host:port.");
        }

        return Key(hostAndPort[..colon], port);
    }

    private static string Key(string host, int port)
    {
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        var canonical = IPAddress.TryParse(bare, out var address) ? address.ToString() : bare;
        return $"{canonical}:{port}";
    }
}
