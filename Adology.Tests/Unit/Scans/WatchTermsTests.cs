using Adology.Modules.Contracts;
using Adology.Modules.Gather.Browser;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Scans.StartScan;
using Adology.Modules.Scans.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Unit.Scans;

public sealed class WatchTermsTests
{
    [Test]
    public void The_union_keeps_the_first_spelling_of_terms_alike_case_and_accent_insensitively()
    {
        var union = WatchTerms.Union(["  Free Shipping ", "HOLE-12"], ["FRÉE shipping", "hole 12", "guaranteed income"]);

        Assert.That(union, Is.EqualTo(new[] { "Free Shipping", "HOLE-12", "guaranteed income" }));
    }

    [Test]
    public void Each_bad_watch_term_is_named_by_its_index()
    {
        var request = new StartScanRequest("acme", new ScanSourceRequest(SourceTypes.Demo, 3, null), ["ok", "   ", new string('x', 101), "--!", null!]);

        var errors = Validator().Validate(request).Errors.Select(error => error.PropertyName);

        Assert.That(errors, Is.EquivalentTo(new[] { "Watch[1]", "Watch[2]", "Watch[3]", "Watch[4]" }));
    }

    [Test]
    public void Fifty_terms_of_a_hundred_characters_pass_and_fifty_one_do_not()
    {
        var fifty = Enumerable.Range(0, 50).Select(index => $"{index}".PadRight(100, 'x')).ToList();
        var source = new ScanSourceRequest(SourceTypes.Demo, 3, null);

        Assert.That(Validator().Validate(new StartScanRequest("acme", source, fifty)).IsValid, Is.True);
        Assert.That(
            Validator().Validate(new StartScanRequest("acme", source, [.. fifty, "one more"])).Errors.Select(error => error.PropertyName),
            Is.EqualTo(new[] { "Watch" }));
    }

    private static StartScanRequestValidator Validator() =>
        new(new ServiceCollection()
            .Configure<BrowserOptions>(browser => browser.ExecutablePath = "/nonexistent/chromium")
            .AddSingleton<SourceAvailability>()
            .BuildServiceProvider()
            .GetRequiredService<SourceAvailability>());
}
