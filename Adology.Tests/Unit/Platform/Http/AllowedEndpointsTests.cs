using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Tests.Unit.Platform.Http;

public sealed class AllowedEndpointsTests
{
    [TestCase("127.0.0.1:5080", "127.0.0.1", 5080)]
    [TestCase("LocalHost:5080", "localhost", 5080)]
    [TestCase("[::1]:5080", "::1", 5080)]
    [TestCase("[::1]:5080", "[::1]", 5080)]
    [TestCase("::1:5080", "[0:0:0:0:0:0:0:1]", 5080)]
    [TestCase("images.example.com:443", "IMAGES.example.com", 443)]
    public void Configured_endpoint_matches_however_the_host_is_written(string configured, string host, int port)
    {
        var endpoints = new AllowedEndpoints(Options.Create(new SafeHttpOptions { AllowedEndpoints = [configured] }));

        Assert.That(endpoints.Contains(host, port), Is.True);
    }

    [TestCase("127.0.0.1", 5081)]
    [TestCase("localhost", 5080)]
    [TestCase("127.0.0.2", 5080)]
    public void Other_host_or_port_does_not_match(string host, int port)
    {
        var endpoints = new AllowedEndpoints(Options.Create(new SafeHttpOptions { AllowedEndpoints = ["127.0.0.1:5080"] }));

        Assert.That(endpoints.Contains(host, port), Is.False);
    }

    [Test]
    public void Endpoint_added_at_run_time_matches()
    {
        var endpoints = new AllowedEndpoints(Options.Create(new SafeHttpOptions()));

        endpoints.Add("[::1]:5080");

        Assert.That(endpoints.Contains("::1", 5080), Is.True);
    }

    [TestCase("127.0.0.1")]
    [TestCase("127.0.0.1:")]
    [TestCase("127.0.0.1:0")]
    [TestCase(":5080")]
    [TestCase("127.0.0.1:http")]
    public void Endpoint_without_a_valid_port_is_rejected(string entry)
    {
        var endpoints = new AllowedEndpoints(Options.Create(new SafeHttpOptions()));

        Assert.Throws<FormatException>(() => endpoints.Add(entry));
    }
}
