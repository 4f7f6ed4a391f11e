using Adology.Modules.Scans.Ledger;

namespace Adology.Tests.Unit.Scans;

public sealed class StagedUrlTests
{
    [TestCase("https://cdn.example.com/ad.png")]
    [TestCase("http://10.0.0.1/ad.png")]
    public void Absolute_http_urls_are_staged_to_be_acquired(string url) => Assert.That(StagedUrl.Problem(url), Is.Null);

    [TestCase(null, "missing URL")]
    [TestCase("", "missing URL")]
    [TestCase("/relative.png", "not an absolute http(s) URL")]
    [TestCase("ftp://cdn.example.com/ad.png", "not an absolute http(s) URL")]
    [TestCase("file:///etc/passwd", "not an absolute http(s) URL")]
    public void Unusable_urls_fail_with_a_reason(string? url, string reason) => Assert.That(StagedUrl.Problem(url), Is.EqualTo(reason));

    [Test]
    public void Overlong_url_fails_with_a_reason() =>
        Assert.That(StagedUrl.Problem("https://cdn.example.com/" + new string('a', 3000)), Does.StartWith("URL longer than"));
}
