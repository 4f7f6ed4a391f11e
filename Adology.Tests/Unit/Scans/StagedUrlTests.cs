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

    [Test]
    public void Blob_url_is_staged_only_for_a_source_that_stores_blobs()
    {
        var url = "blob:" + new string('a', 64);

        Assert.Multiple(() =>
        {
            Assert.That(StagedUrl.Problem(url, storedBlobsAllowed: true), Is.Null);
            Assert.That(StagedUrl.Problem(url), Is.EqualTo(StagedUrl.ForeignBlob));
        });
    }

    [TestCase("blob:abc")]
    [TestCase("blob:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("blob:../../etc/passwd/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Malformed_blob_url_fails_with_a_reason(string url) =>
        Assert.That(StagedUrl.Problem(url, storedBlobsAllowed: true), Is.EqualTo(StagedUrl.MalformedBlob));
}
