using Adology.Modules.Ai.TextAttributes;
using Adology.Modules.Gather.Demo;

namespace Adology.Tests.Unit.Ai.TextAttributes;

internal sealed class ContentRulesTests
{
    [TestCase("Guaranteed income from day one!", "guaranteed-income")]
    [TestCase("Returns are guaranteed, every month", "guaranteed-income")]
    [TestCase("This is how to get rich quick", "get-rich-quick")]
    [TestCase("Make $500 a day from your sofa", "get-rich-quick")]
    [TestCase("Quit your day job with this one trick", "get-rich-quick")]
    [TestCase("The miracle cure big pharma hides", "miracle-cure")]
    [TestCase("Lose 20 lbs in 10 days", "miracle-cure")]
    [TestCase("Claim 100% FREE MONEY today", "free-money")]
    [TestCase("Congratulations, you’ve won an iPhone", "free-money")]
    [TestCase("Double your Bitcoin in 24 hours", "crypto-doubling")]
    [TestCase("Send 0.1 BTC to this address and get 0.2 BTC back", "crypto-doubling")]
    [TestCase("Official ETH giveaway", "crypto-doubling")]
    [TestCase("A risk-free investment with 40% returns", "risk-free-investment")]
    [TestCase("Act now before it’s gone!", "false-urgency")]
    [TestCase("ACT NOW BEFORE IT IS TOO LATE", "false-urgency")]
    public void Scam_wording_is_flagged(string text, string rule)
    {
        Assert.That(ContentRules.Default.FlagsOf(text), Does.Contain(rule));
    }

    [TestCase("Free delivery on every order. Limited stock, while it lasts.")]
    [TestCase("Guaranteed fit or your money back")]
    [TestCase("Try it free for 30 days. Act now!")]
    [TestCase("Our new coffee blend makes a miracle of a morning")]
    [TestCase("Save $5 a day on lunch with our meal plans")]
    [TestCase("Crypto wallets explained: learn more")]
    [TestCase("")]
    public void Ordinary_copy_is_not_flagged(string text)
    {
        Assert.That(ContentRules.Default.FlagsOf(text), Is.Empty);
    }

    [Test]
    public void The_demo_sources_copy_is_flagged_only_where_scam_wording_is_planted()
    {
        var flagged = Enumerable.Range(0, 500)
            .Where(index =>
            {
                var creative = DemoCreatives.Describe("Acme", index);
                return ContentRules.Default.FlagsOf($"{creative.Headline}\n{creative.Body}\n{creative.CallToAction}").Count > 0;
            });

        Assert.That(flagged, Is.EqualTo(Enumerable.Range(0, 10).Select(planted => (planted * 50) + 25)));
    }

    [Test]
    public void Several_rules_can_flag_one_text_in_rule_order()
    {
        var flags = ContentRules.Default.FlagsOf("Get rich quick: guaranteed returns, double your crypto!");

        Assert.That(flags, Is.EqualTo(new[] { "guaranteed-income", "get-rich-quick", "crypto-doubling" }));
    }

    [Test]
    public void Rules_can_be_configured()
    {
        var rules = new ContentRules([new ContentRule("alcohol", @"\b(beer|wine|vodka)\b")]);

        Assert.That(rules.FlagsOf("Two craft BEERS for one? Wine lovers welcome"), Is.EqualTo(new[] { "alcohol" }));
        Assert.That(rules.FlagsOf("Guaranteed income"), Is.Empty);
    }

    [TestCase(@"(unclosed")]
    [TestCase(@"(\w)\1")]
    [TestCase(@"free(?= money)")]
    public void A_pattern_that_cannot_run_is_refused_naming_its_rule(string pattern)
    {
        Assert.That(() => new ContentRules([new ContentRule("broken", pattern)]), Throws.ArgumentException.With.Message.Contains("'broken'"));
    }
}
