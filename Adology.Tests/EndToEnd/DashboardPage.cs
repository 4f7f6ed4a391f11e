using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>The dashboard as a user sees it, found by its data-testid attributes.</summary>
internal sealed class DashboardPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator ConnectionStatus => ByTestId("connection-status");

    public ILocator ScanItems => ByTestId("scan-item");

    public ILocator ResultRows => ByTestId("result-row");

    public ILocator ScanForm => ByTestId("scan-form");

    public ILocator ScanSubmit => ByTestId("scan-submit");

    public ILocator AnalysisSummary => ByTestId("analysis-summary");

    public ILocator ClusterCards => ByTestId("cluster-card");

    public ILocator SimilarItems => ByTestId("similar-item");

    public ILocator ByTestId(string testId) => Page.Locator($"[data-testid='{testId}']");

    public async Task LogInAsync(Uri host, string email, string password)
    {
        await Page.GotoAsync(host.AbsoluteUri);
        await ByTestId("login-email").FillAsync(email);
        await ByTestId("login-password").FillAsync(password);
        await ByTestId("login-submit").ClickAsync();
        // Logging in hashes the password and opens the hub on a host that may still be compiling its code: on a
        // busy 2-core machine that takes longer than Playwright's 5 s default, which is no claim about the dashboard.
        await Assertions.Expect(ConnectionStatus).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 30_000 });
    }

    public async Task StartDemoScanAsync(string brand, int count)
    {
        await ByTestId("scan-brand").FillAsync(brand);
        await ByTestId("scan-source-demo").CheckAsync();
        await ByTestId("scan-count").FillAsync(count.ToString());
        await ScanSubmit.ClickAsync();
    }

    public async Task StartFeedScanAsync(string brand, Uri feed)
    {
        await ByTestId("scan-brand").FillAsync(brand);
        await ByTestId("scan-source-feed").CheckAsync();
        await ByTestId("scan-url").FillAsync(feed.AbsoluteUri);
        await ScanSubmit.ClickAsync();
    }

    public async Task StartPageScanAsync(string brand, Uri page, int maxPages)
    {
        await ByTestId("scan-brand").FillAsync(brand);
        await ByTestId("scan-source-page").CheckAsync();
        await ByTestId("scan-url").FillAsync(page.AbsoluteUri);
        await ByTestId("scan-max-pages").FillAsync(maxPages.ToString());
        await ScanSubmit.ClickAsync();
    }

    /// <summary>Drops the file on the scan form's drop zone as a browser would (a drop event carrying it), then starts the scan.</summary>
    public async Task StartUploadByDropAsync(string brand, string fileName, byte[] content)
    {
        await ByTestId("scan-brand").FillAsync(brand);
        await ByTestId("scan-source-upload").CheckAsync();
        var transfer = await Page.EvaluateHandleAsync(
            """
            ([name, base64]) => {
              const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([bytes], name));
              return transfer;
            }
            """,
            new object[] { fileName, Convert.ToBase64String(content) });
        await ByTestId("scan-drop").DispatchEventAsync("dragover", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await ByTestId("scan-drop").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await Assertions.Expect(ByTestId("scan-file-list")).ToContainTextAsync(fileName);
        await ScanSubmit.ClickAsync();
    }

    public Task<int> ScrollWidthAsync() => Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
