using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Adology.Modules.Contracts;
using Adology.Modules.Reports;
using Microsoft.Extensions.Time.Testing;

namespace Adology.Tests.Unit.Reports;

public sealed class ReportLinkSignerTests
{
    private const string LinkKey = "report-link-key-for-unit-tests-0123456789";
    private static readonly byte[] TokenKey = Encoding.UTF8.GetBytes("token-signing-key-for-unit-tests-0123456789");
    private static readonly Guid ScanId = Guid.Parse("0195f3a4-1111-7222-8333-444455556666");

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public void A_link_is_the_base64url_hmac_of_id_and_expiry_under_the_configured_key()
    {
        var link = Signer(LinkKey).Create(ScanId);

        var expires = clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        var expected = Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(LinkKey), Encoding.UTF8.GetBytes($"{ScanId}:{expires}")));
        Assert.That(link.Url, Is.EqualTo($"/api/reports/{ScanId}?expires={expires}&sig={expected}"));
        Assert.That(link.ExpiresAt, Is.EqualTo(clock.GetUtcNow().AddHours(1)));
    }

    [Test]
    public void A_link_is_valid_until_its_lifetime_ends()
    {
        var signer = Signer(LinkKey, TimeSpan.FromMinutes(10));
        var (expires, sig) = Query(signer.Create(ScanId));

        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.That(signer.Check(ScanId, expires, sig), Is.EqualTo(ReportLinkCheck.Valid));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(signer.Check(ScanId, expires, sig), Is.EqualTo(ReportLinkCheck.Expired));
    }

    [Test]
    public void A_link_for_another_scan_a_changed_expiry_or_a_tampered_signature_is_invalid()
    {
        var signer = Signer(LinkKey);
        var (expires, sig) = Query(signer.Create(ScanId));
        var tampered = (sig![0] == 'A' ? "B" : "A") + sig[1..];

        Assert.Multiple(() =>
        {
            Assert.That(signer.Check(ScanId, expires, sig), Is.EqualTo(ReportLinkCheck.Valid));
            Assert.That(signer.Check(Guid.NewGuid(), expires, sig), Is.EqualTo(ReportLinkCheck.Invalid));
            Assert.That(signer.Check(ScanId, (long.Parse(expires!) + 3600).ToString(), sig), Is.EqualTo(ReportLinkCheck.Invalid));
            Assert.That(signer.Check(ScanId, expires, tampered), Is.EqualTo(ReportLinkCheck.Invalid));
            Assert.That(signer.Check(ScanId, expires, sig + "A"), Is.EqualTo(ReportLinkCheck.Invalid));
        });
    }

    [TestCase(null, "sig")]
    [TestCase("soon", "sig")]
    [TestCase("-1", "sig")]
    [TestCase("1", null)]
    [TestCase("1", "")]
    public void A_missing_or_malformed_expiry_or_signature_is_invalid(string? expires, string? sig) =>
        Assert.That(Signer(LinkKey).Check(ScanId, expires, sig), Is.EqualTo(ReportLinkCheck.Invalid));

    [Test]
    public void Without_a_link_key_hosts_sharing_the_token_key_accept_each_others_links_and_no_one_else_does()
    {
        var (expires, sig) = Query(Signer(linkKey: "").Create(ScanId));

        Assert.Multiple(() =>
        {
            Assert.That(Signer(linkKey: "").Check(ScanId, expires, sig), Is.EqualTo(ReportLinkCheck.Valid));
            Assert.That(Signer(linkKey: "", tokenKey: RandomNumberGenerator.GetBytes(32)).Check(ScanId, expires, sig), Is.EqualTo(ReportLinkCheck.Invalid));
            Assert.That(Signer(LinkKey).Check(ScanId, expires, sig), Is.EqualTo(ReportLinkCheck.Invalid));
        });
    }

    [Test]
    public void The_derived_key_is_not_the_token_key_itself()
    {
        var (expires, sig) = Query(Signer(linkKey: "").Create(ScanId));

        var underTokenKey = Base64Url.EncodeToString(HMACSHA256.HashData(TokenKey, Encoding.UTF8.GetBytes($"{ScanId}:{expires}")));
        Assert.That(sig, Is.Not.EqualTo(underTokenKey));
    }

    private ReportLinkSigner Signer(string linkKey, TimeSpan? lifetime = null, byte[]? tokenKey = null) =>
        new(new ReportOptions { LinkKey = linkKey, LinkLifetime = lifetime ?? TimeSpan.FromHours(1) }, tokenKey ?? TokenKey, clock);

    private static (string? Expires, string? Sig) Query(ReportLink link)
    {
        var query = HttpUtility.ParseQueryString(new Uri(new Uri("http://host"), link.Url).Query);
        return (query["expires"], query["sig"]);
    }
}
