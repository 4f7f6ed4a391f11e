using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Ai;

public sealed class ContentRulesStartupTests
{
    [Test]
    public void A_host_with_a_content_rule_whose_pattern_cannot_be_used_does_not_start()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false",
            ["Ai:ContentRules:0:Name"] = "broken",
            ["Ai:ContentRules:0:Pattern"] = "(unclosed",
        };

        Assert.That(() => new TestHost(settings).Dispose(), Throws.Exception.With.Message.Contains("content rule 'broken'"));
    }
}
