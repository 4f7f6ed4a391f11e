using System.Net;
using System.Net.Sockets;

namespace Adology.Modules.Platform.Http;

/// <summary>Only globally routable unicast addresses may be fetched from; everything else could reach our own network.</summary>
internal static class AddressRules
{
    private static readonly (IPNetwork Network, string Kind)[] V4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "this network"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "carrier-grade NAT"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.0.0.0/24"), "IETF protocol assignment"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation"),
        (IPNetwork.Parse("192.88.99.0/24"), "6to4 relay"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("255.255.255.255/32"), "broadcast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
    ];

    private static readonly (IPNetwork Network, string Kind)[] V6 =
    [
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        // Includes Teredo (2001::/32), which tunnels to an IPv4 address hidden in the low bits, and benchmarking.
        (IPNetwork.Parse("2001::/23"), "IETF protocol assignment"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation"),
        (IPNetwork.Parse("3fff::/20"), "documentation"),
        (IPNetwork.Parse("fc00::/7"), "unique-local"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "site-local"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork Ipv4Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    public static bool IsPublic(IPAddress address) => Classify(address) is null;

    /// <summary>Why <paramref name="address"/> is refused, e.g. <c>private</c>; <see langword="null"/> when it is public.</summary>
    public static string? Classify(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => Match(V4, address),
        AddressFamily.InterNetworkV6 => ClassifyV6(address),
        _ => "not an IP address",
    };

    private static string? ClassifyV6(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        if (Match(V6, address) is { } kind)
        {
            return kind;
        }

        // These carry the IPv4 address the packets end up at, so that address decides.
        if (Ipv4Compatible.Contains(address) || Nat64.Contains(address))
        {
            return Classify(Embedded(address, 12));
        }

        if (SixToFour.Contains(address))
        {
            return Classify(Embedded(address, 2));
        }

        return GlobalUnicast.Contains(address) ? null : "not global unicast";
    }

    private static string? Match((IPNetwork Network, string Kind)[] ranges, IPAddress address)
    {
        foreach (var (network, kind) in ranges)
        {
            if (network.Contains(address))
            {
                return kind;
            }
        }

        return null;
    }

    private static IPAddress Embedded(IPAddress address, int offset)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        return new IPAddress(bytes.Slice(offset, 4));
    }
}
