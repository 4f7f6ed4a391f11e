using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>Debian's Chromium under Playwright (Playwright's own browser downloads are not reachable here).</summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"{ChromiumPath} is missing: apt-get install -y chromium (test.sh does).");
        }

        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The folder holding Adology.sln, found from the test assembly's location.</summary>
    /// <summary>
    /// The page's uncaught errors as they happen, and what its Content-Security-Policy refused (a script, a style, a
    /// connection): a test of a page expects none.
    /// </summary>
    public static List<string> CollectPageErrors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        return errors;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Adology.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Adology.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The host serves Adology.Web/wwwroot, which only the client build makes.</summary>
    public static void RequireBuiltDashboard()
    {
        var index = Path.Combine(RepositoryRoot(), "Adology.Web", "wwwroot", "index.html");
        if (!File.Exists(index))
        {
            Assert.Fail($"{index} is missing: build the dashboard with scripts/client.sh (test.sh does).");
        }
    }
}
