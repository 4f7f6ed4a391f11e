using Adology.Modules.Gather.AdLibrary;

namespace Adology.Tests.Unit.Gather.AdLibrary;

public sealed class AccessTokensTests
{
    [TestCase("https://graph.example/v21.0/ads_archive?search_terms=a&access_token=SECRET&after=2", "https://graph.example/v21.0/ads_archive?search_terms=a&after=2")]
    [TestCase("https://www.example/render_ad/?access_token=SECRET&id=1", "https://www.example/render_ad/?id=1")]
    [TestCase("https://www.example/render_ad/?ACCESS_TOKEN=SECRET", "https://www.example/render_ad/")]
    [TestCase("https://www.example/render_ad/?id=1", "https://www.example/render_ad/?id=1")]
    public void The_token_is_taken_out_of_a_url_and_nothing_else(string url, string expected)
    {
        Assert.That(AccessTokens.Without(new Uri(url)).AbsoluteUri, Is.EqualTo(expected));
    }

    [Test]
    public void A_message_holding_the_token_is_masked()
    {
        Assert.That(AccessTokens.Scrub("bad token SECRET given", "SECRET"), Is.EqualTo("bad token *** given"));
        Assert.That(AccessTokens.Scrub("nothing", null), Is.EqualTo("nothing"));
    }
}
