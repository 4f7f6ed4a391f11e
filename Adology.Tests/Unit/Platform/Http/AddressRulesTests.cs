using System.Net;
using Adology.Modules.Platform.Http;

namespace Adology.Tests.Unit.Platform.Http;

public sealed class AddressRulesTests
{
    [TestCase("127.0.0.1", "loopback")]
    [TestCase("127.255.255.254", "loopback")]
    [TestCase("2130706433", "loopback")]
    [TestCase("0177.0.0.1", "loopback")]
    [TestCase("0x7f.0.0.1", "loopback")]
    [TestCase("0x7f000001", "loopback")]
    [TestCase("127.1", "loopback")]
    [TestCase("::1", "loopback")]
    [TestCase("0:0:0:0:0:0:0:1", "loopback")]
    [TestCase("10.0.0.1", "private")]
    [TestCase("10.255.255.255", "private")]
    [TestCase("012.0.0.1", "private")]
    [TestCase("172.16.0.1", "private")]
    [TestCase("172.31.255.255", "private")]
    [TestCase("192.168.0.1", "private")]
    [TestCase("3232235521", "private")]
    [TestCase("100.64.0.1", "carrier-grade NAT")]
    [TestCase("100.127.255.255", "carrier-grade NAT")]
    [TestCase("169.254.169.254", "link-local")]
    [TestCase("169.254.0.1", "link-local")]
    [TestCase("fe80::1", "link-local")]
    [TestCase("febf::1", "link-local")]
    [TestCase("fc00::1", "unique-local")]
    [TestCase("fd00::1", "unique-local")]
    [TestCase("fd12:3456:789a::1", "unique-local")]
    [TestCase("fec0::1", "site-local")]
    [TestCase("224.0.0.1", "multicast")]
    [TestCase("239.255.255.250", "multicast")]
    [TestCase("ff02::1", "multicast")]
    [TestCase("ff0e::1", "multicast")]
    [TestCase("0.0.0.0", "this network")]
    [TestCase("0", "this network")]
    [TestCase("0.1.2.3", "this network")]
    [TestCase("::", "unspecified")]
    [TestCase("255.255.255.255", "broadcast")]
    [TestCase("240.0.0.1", "reserved")]
    [TestCase("192.0.0.170", "IETF protocol assignment")]
    [TestCase("192.0.2.1", "documentation")]
    [TestCase("198.51.100.1", "documentation")]
    [TestCase("203.0.113.1", "documentation")]
    [TestCase("2001:db8::1", "documentation")]
    [TestCase("3fff::1", "documentation")]
    [TestCase("198.18.0.1", "benchmarking")]
    [TestCase("198.19.255.255", "benchmarking")]
    [TestCase("192.88.99.1", "6to4 relay")]
    [TestCase("2001:2::1", "IETF protocol assignment")]
    [TestCase("2001:0:4136:e378:8000:63bf:3fff:fdd2", "IETF protocol assignment")]
    [TestCase("::ffff:127.0.0.1", "loopback")]
    [TestCase("::ffff:7f00:1", "loopback")]
    [TestCase("0:0:0:0:0:ffff:7f00:1", "loopback")]
    [TestCase("::ffff:10.0.0.1", "private")]
    [TestCase("::ffff:169.254.169.254", "link-local")]
    [TestCase("::127.0.0.1", "loopback")]
    [TestCase("::a9fe:a9fe", "link-local")]
    [TestCase("2002:7f00:1::", "loopback")]
    [TestCase("2002:a9fe:a9fe::1", "link-local")]
    [TestCase("2002:c0a8:0101::", "private")]
    [TestCase("64:ff9b::127.0.0.1", "loopback")]
    [TestCase("64:ff9b::a00:1", "private")]
    [TestCase("64:ff9b:1::1", "not global unicast")]
    [TestCase("100::1", "not global unicast")]
    public void Non_public_address_is_refused_with_its_kind(string spelling, string kind)
    {
        var address = IPAddress.Parse(spelling);

        Assert.That(AddressRules.IsPublic(address), Is.False);
        Assert.That(AddressRules.Classify(address), Is.EqualTo(kind));
    }

    [TestCase("8.8.8.8")]
    [TestCase("93.184.216.34")]
    [TestCase("1.1.1.1")]
    [TestCase("100.63.255.255")]
    [TestCase("100.128.0.0")]
    [TestCase("172.15.255.255")]
    [TestCase("172.32.0.0")]
    [TestCase("169.253.255.255")]
    [TestCase("223.255.255.255")]
    [TestCase("2606:4700:4700::1111")]
    [TestCase("2a00:1450:4001:81c::200e")]
    [TestCase("2001:4860:4860::8888")]
    [TestCase("::ffff:8.8.8.8")]
    [TestCase("2002:808:808::")]
    [TestCase("64:ff9b::808:808")]
    public void Public_address_is_allowed(string spelling)
    {
        var address = IPAddress.Parse(spelling);

        Assert.That(AddressRules.IsPublic(address), Is.True);
        Assert.That(AddressRules.Classify(address), Is.Null);
    }
}
