using Adology.Modules.Contracts;
using Adology.Modules.Gather.Browser;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Scans.StartScan;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Unit.Scans;

public sealed class BrowserSourceValidationTests
{
    private static readonly StartScanRequest Browser =
        new("acme", new ScanSourceRequest(SourceTypes.Browser, null, "https://shop.example/") { MaxPages = 2, Scrolls = 5 });

    [Test]
    public void Browser_source_without_chromium_is_refused_saying_so()
    {
        var validator = new StartScanRequestValidator(Availability("/nonexistent/chromium"));

        var result = validator.Validate(Browser);

        Assert.That(result.Errors.Select(error => error.PropertyName), Is.EqualTo(new[] { "Source.Type" }));
        Assert.That(result.Errors[0].ErrorMessage, Does.Contain("Chromium").And.Contain("/nonexistent/chromium"));
    }

    [Test]
    public void Browser_source_with_chromium_and_other_sources_without_it_are_accepted()
    {
        var installed = Path.GetTempFileName();
        try
        {
            Assert.That(new StartScanRequestValidator(Availability(installed)).Validate(Browser).IsValid, Is.True);
            var demo = new StartScanRequest("acme", new ScanSourceRequest(SourceTypes.Demo, 3, null));
            Assert.That(new StartScanRequestValidator(Availability("/nonexistent/chromium")).Validate(demo).IsValid, Is.True);
        }
        finally
        {
            File.Delete(installed);
        }
    }

    private static SourceAvailability Availability(string chromium) =>
        new ServiceCollection()
            .Configure<BrowserOptions>(browser => browser.ExecutablePath = chromium)
            .AddSingleton<SourceAvailability>()
            .BuildServiceProvider()
            .GetRequiredService<SourceAvailability>();
}
