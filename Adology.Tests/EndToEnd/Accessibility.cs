using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// axe-core (the dashboard's npm dev dependency) run in the page: a view passes when axe finds no serious or critical
/// violation in it. Any browser test can call it on the view it shows.
/// </summary>
internal static class Accessibility
{
    private const string Run =
        """
        async () => {
          const result = await axe.run(document, { resultTypes: ["violations"] });
          return result.violations
            .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
            .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}: ` +
              violation.nodes.slice(0, 5).map((node) => node.target.join(" ")).join(", "));
        }
        """;

    private static string AxeScript => Path.Combine(Browser.RepositoryRoot(), "Adology.Web", "ClientApp", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Fails listing each serious or critical violation axe-core finds in the page as it is now.</summary>
    /// <param name="view">The view shown, named in the failure.</param>
    public static async Task ExpectNoSeriousViolationsAsync(IPage page, string view)
    {
        if (!File.Exists(AxeScript))
        {
            Assert.Fail($"{AxeScript} is missing: install the dashboard's packages with scripts/client.sh (test.sh does).");
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated, not added as a <script>: the dashboard's Content-Security-Policy refuses inline scripts.
            await page.EvaluateAsync($"() => {{ {await File.ReadAllTextAsync(AxeScript)}\n}}");
        }

        var violations = await page.EvaluateAsync<string[]>(Run);
        Assert.That(violations, Is.Empty, $"axe-core found serious or critical accessibility violations in the {view} view");
    }
}
