using Adology.Modules.Alerts.Webhooks;

namespace Adology.Tests.Unit.Alerts;

public sealed class WebhookSignatureTests
{
    [Test]
    public void Signature_is_what_the_documented_openssl_recipe_computes()
    {
        // printf '%s' '1700000000.{"id":"x"}' | openssl dgst -sha256 -hmac 'abc_DEF-123' -hex  (docs/API.md)
        var signature = WebhookSignature.Sign("abc_DEF-123", 1700000000, """{"id":"x"}""");

        Assert.That(signature, Is.EqualTo("v1=57c442ba99eaf40aba3af45db2aa5c6b7eb505aadee00f323c55e0d0757bb3ef"));
    }

    [Test]
    public void A_secret_is_32_random_bytes_in_base64url()
    {
        var first = WebhookSignature.NewSecret();
        var second = WebhookSignature.NewSecret();

        Assert.That(first, Does.Match("^[A-Za-z0-9_-]{43}$"));
        Assert.That(System.Buffers.Text.Base64Url.DecodeFromChars(first), Has.Length.EqualTo(32));
        Assert.That(second, Is.Not.EqualTo(first));
    }
}
