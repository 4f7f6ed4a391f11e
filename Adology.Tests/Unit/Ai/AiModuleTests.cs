using Adology.Modules.Ai;
using Adology.Modules.Ai.TextAttributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Unit.Ai;

public sealed class AiModuleTests
{
    [Test]
    public void Configured_content_rules_replace_the_default_scam_rules()
    {
        using var services = Services(new() { ["Ai:ContentRules:0:Name"] = "no-crypto", ["Ai:ContentRules:0:Pattern"] = @"\bcrypto\b" });

        var rules = services.GetRequiredService<ContentRules>();

        Assert.That(rules.FlagsOf("Buy crypto today"), Is.EqualTo(new[] { "no-crypto" }));
        Assert.That(rules.FlagsOf("Guaranteed returns on a risk-free investment"), Is.Empty);
    }

    [Test]
    public void Without_configured_rules_the_default_scam_rules_apply()
    {
        using var services = Services([]);

        Assert.That(services.GetRequiredService<ContentRules>().FlagsOf("Guaranteed returns!"), Is.EqualTo(new[] { "guaranteed-income" }));
    }

    [Test]
    public void A_rule_whose_pattern_cannot_be_used_is_refused_with_its_name()
    {
        using var services = Services(new() { ["Ai:ContentRules:0:Name"] = "broken", ["Ai:ContentRules:0:Pattern"] = "(unclosed" });

        Assert.That(() => services.GetRequiredService<ContentRules>(), Throws.ArgumentException.With.Message.Contains("content rule 'broken'"));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddAiModule(configuration).BuildServiceProvider();
    }
}
