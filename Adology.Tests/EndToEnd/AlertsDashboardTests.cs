using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// The dashboard's watch terms, live matches, notifications and webhook settings in Debian's Chromium; also saves
/// docs/settings.png. One item per acquire batch, so an item the test holds back holds no other item's matches.
/// </summary>
[Category("EndToEnd")]
[NonParallelizable]
public sealed class AlertsDashboardTests
{
    private static readonly float ScanTimeout = (float)TimeSpan.FromMinutes(2).TotalMilliseconds;

    private TestHost host = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private readonly List<IBrowserContext> contexts = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Browser.RequireBuiltDashboard();
        host = new TestHost(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false", ["Scans:AcquireBatchSize"] = "1" });
        playwright = await Playwright.CreateAsync();
        browser = await Browser.LaunchAsync(playwright);
    }

    [TearDown]
    public async Task CloseContextsAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        contexts.Clear();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        host?.Dispose();
    }

    [Test]
    public async Task Watch_terms_from_the_form_and_the_saved_list_show_their_matches_before_the_scan_completes_then_the_report_link()
    {
        await using var feed = await FeedServer.StartAsync();
        host.Allow(feed.BaseUri);
        var release = new TaskCompletionSource();
        var items = new List<object>();
        foreach (var (index, metadata) in new object[] { new { headline = "Free shipping on boots" }, new { headline = "Boots", body = "FREE SHIPPING today" }, new { headline = "Spring sale" } }.Index())
        {
            feed.Bytes($"{index}.png", TestImages.DistinctPng(70 + index));
            items.Add(new { url = feed.Url($"{index}.png"), metadata });
        }

        // The last item's picture is held until the page has shown the others' matches: they cannot be waiting for the commit.
        feed.Map("held.png", async http =>
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(60));
            http.Response.ContentType = "image/png";
            await http.Response.Body.WriteAsync(TestImages.DistinctPng(79));
        });
        items.Add(new { url = feed.Url("held.png"), metadata = new { headline = "Free shipping, last call" } });
        feed.Map("feed", http => http.Response.WriteAsJsonAsync(new { items, nextCursor = (string?)null }, JsonSerializerOptions.Web));
        var user = await ApiUser.RegisterAsync(host);
        var dashboard = await OpenAsync(user);
        var pageErrors = Browser.CollectPageErrors(dashboard.Page);

        await dashboard.ByTestId("watchlist-edit").ClickAsync();
        await dashboard.ByTestId("watchlist-input").FillAsync("spring SALE");
        await dashboard.ByTestId("watchlist-save").ClickAsync();
        await Assertions.Expect(dashboard.ByTestId("watchlist-term")).ToHaveTextAsync(["spring SALE"]);
        await dashboard.ByTestId("scan-watch").FillAsync("free shipping, !!");
        await dashboard.StartFeedScanAsync("Acme Watch", feed.Url("feed"));
        await Assertions.Expect(dashboard.ByTestId("scan-watch-error")).ToContainTextAsync("Term 2 (\"!!\"): A watch term must contain a letter or a digit.");
        await Assertions.Expect(dashboard.ByTestId("scan-watch")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(dashboard.ScanItems).ToHaveCountAsync(0);

        await dashboard.ByTestId("scan-watch").FillAsync("free shipping");
        await dashboard.ScanSubmit.ClickAsync();

        var rows = dashboard.ByTestId("match-row");
        await Assertions.Expect(rows).ToHaveCountAsync(3, new() { Timeout = ScanTimeout });
        await Assertions.Expect(dashboard.ScanItems.First).ToHaveAttributeAsync("data-status", "acquiring");
        await Assertions.Expect(dashboard.ByTestId("matches-report")).ToBeHiddenAsync();
        var scanId = Guid.Parse((await dashboard.ScanItems.First.GetAttributeAsync("data-scan-id"))!);
        release.SetResult();

        await ExpectCompletedAsync(dashboard, user, scanId);
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await Assertions.Expect(dashboard.ByTestId("matches-count")).ToHaveTextAsync("4 matches");
        var shown = await rows.EvaluateAllAsync<string[]>("rows => rows.map(row => `${row.dataset.term}|${row.dataset.ordinal}|${row.querySelector('[data-testid=match-field]').textContent}`)");
        var listed = await user.Http.GetFromJsonAsync<Page<ScanMatch>>($"/api/scans/{scanId}/matches", JsonSerializerOptions.Web);
        Assert.That(shown, Is.EquivalentTo(new[] { "free shipping|0|headline", "free shipping|1|body", "spring SALE|2|headline", "free shipping|3|headline" }));
        Assert.That(listed!.Items.Select(match => $"{match.Term}|{match.Ordinal}|{match.MatchedIn}"), Is.EquivalentTo(shown));

        var report = await dashboard.Page.RunAndWaitForDownloadAsync(() => dashboard.ByTestId("matches-report").ClickAsync());
        Assert.That(report.SuggestedFilename, Does.StartWith("adology-acme-watch-").And.EndWith(".xlsx"));
        Assert.That(pageErrors, Is.Empty);
    }

    [Test]
    public async Task A_completed_scan_is_news_in_another_page_of_its_owner_that_links_to_it_and_not_in_another_users_page()
    {
        var owner = await ApiUser.RegisterAsync(host);
        var stranger = await ApiUser.RegisterAsync(host);
        // An earlier scan is the one the second page selects when it opens: showing the new one must move the selection.
        Assert.That((await owner.WaitForScanAsync(await owner.StartDemoScanAsync(ApiUser.UniqueBrand("earlier"), 2))).Status, Is.EqualTo("completed"));
        var starter = await OpenAsync(owner);
        var other = await OpenAsync(owner);
        var strangers = await OpenAsync(stranger);

        await starter.StartDemoScanAsync("Acme News", 5);
        await Assertions.Expect(starter.ScanItems).ToHaveCountAsync(2);
        var scanId = await starter.ScanItems.First.GetAttributeAsync("data-scan-id");

        var news = other.Page.Locator($"[data-testid='notification'][data-scan-id='{scanId}']");
        await Assertions.Expect(news).ToContainTextAsync("Scan of acme news completed: 5 new creatives.", new() { Timeout = ScanTimeout });
        await Assertions.Expect(starter.Page.Locator($"[data-testid='notification'][data-scan-id='{scanId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(strangers.ByTestId("notification")).ToHaveCountAsync(0);

        var select = other.Page.Locator($"[data-testid='scan-item'][data-scan-id='{scanId}'] [data-testid='scan-select']");
        await Assertions.Expect(select).ToHaveAttributeAsync("aria-pressed", "false");
        await news.GetByTestId("notification-show").ClickAsync();
        await Assertions.Expect(select).ToHaveAttributeAsync("aria-pressed", "true");
        await news.GetByTestId("notification-dismiss").ClickAsync();
        await Assertions.Expect(news).ToHaveCountAsync(0);
    }

    [Test]
    public async Task A_webhook_added_in_the_settings_is_listed_with_its_deliveries_and_deleted_and_an_http_url_is_refused_at_the_field()
    {
        var user = await ApiUser.RegisterAsync(host);
        var dashboard = await OpenAsync(user);
        var pageErrors = Browser.CollectPageErrors(dashboard.Page);

        await dashboard.ByTestId("settings-link").ClickAsync();
        await Assertions.Expect(dashboard.ByTestId("settings")).ToBeVisibleAsync();
        await Assertions.Expect(dashboard.ScanForm).ToBeHiddenAsync();
        await dashboard.ByTestId("webhook-url").FillAsync("http://hooks.example.com/adology");
        await dashboard.ByTestId("webhook-add").ClickAsync();
        await Assertions.Expect(dashboard.ByTestId("webhook-url-error")).ToHaveTextAsync("'Url' must be an absolute https URL.");
        await Assertions.Expect(dashboard.ByTestId("webhook-url")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(dashboard.ByTestId("webhook")).ToHaveCountAsync(0);

        await dashboard.ByTestId("webhook-url").FillAsync("https://hooks.example.com/adology");
        await dashboard.ByTestId("webhook-kind-matches").UncheckAsync();
        await dashboard.ByTestId("webhook-add").ClickAsync();
        await Assertions.Expect(dashboard.ByTestId("webhook")).ToHaveCountAsync(1);
        await Assertions.Expect(dashboard.ByTestId("webhook-url-error")).ToBeEmptyAsync();
        await Assertions.Expect(dashboard.ByTestId("webhook-secret")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\S{20,}$"));
        var webhooks = await user.Http.GetFromJsonAsync<Page<WebhookView>>("/api/webhooks", JsonSerializerOptions.Web);
        Assert.That(webhooks!.Items.Select(webhook => (webhook.Url, string.Join(",", webhook.Kinds))), Is.EqualTo(new[] { ("https://hooks.example.com/adology", "scan_completed,new_creatives") }));

        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("hooked"), 2);
        Assert.That((await user.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
        await WaitForDeliveriesAsync(user, webhooks.Items[0].Id, 2);
        await dashboard.ByTestId("webhook-deliveries-toggle").ClickAsync();
        await Assertions.Expect(dashboard.ByTestId("delivery-row")).ToHaveCountAsync(2);
        var kinds = await dashboard.ByTestId("delivery-row").EvaluateAllAsync<string[]>("rows => rows.map(row => row.cells[1].textContent)");
        Assert.That(kinds, Is.EquivalentTo(new[] { "scan_completed", "new_creatives" }));
        await dashboard.Page.ScreenshotAsync(new() { Path = Path.Combine(Browser.RepositoryRoot(), "docs", "settings.png"), FullPage = true });
        await Accessibility.ExpectNoSeriousViolationsAsync(dashboard.Page, "settings");

        await dashboard.ByTestId("webhook-delete").ClickAsync();
        await Assertions.Expect(dashboard.ByTestId("webhook")).ToHaveCountAsync(0);
        await Assertions.Expect(dashboard.ByTestId("webhook-list-empty")).ToBeVisibleAsync();
        Assert.That((await user.Http.GetFromJsonAsync<Page<WebhookView>>("/api/webhooks", JsonSerializerOptions.Web))!.Total, Is.Zero);
        await dashboard.ByTestId("settings-back").ClickAsync();
        await Assertions.Expect(dashboard.ScanForm).ToBeVisibleAsync();
        Assert.That(pageErrors, Is.Empty);
    }

    // A page left short of "completed" says whether the scan completed without its COMPLETE reaching the page, or never completed.
    private static async Task ExpectCompletedAsync(DashboardPage dashboard, ApiUser user, Guid scanId)
    {
        try
        {
            await Assertions.Expect(dashboard.ScanItems.First).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = ScanTimeout });
        }
        catch (PlaywrightException exception)
        {
            Assert.Fail($"{exception.Message}\nThe API's scan: {await user.ScanAsync(scanId)}");
        }
    }

    private async Task<DashboardPage> OpenAsync(ApiUser user)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        contexts.Add(context);
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        return dashboard;
    }

    private static async Task WaitForDeliveriesAsync(ApiUser user, Guid webhookId, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await user.Http.GetFromJsonAsync<Page<WebhookDeliveryView>>($"/api/webhooks/{webhookId}/deliveries", JsonSerializerOptions.Web))!.Total < count)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"Fewer than {count} deliveries were recorded.");
            await Task.Delay(100);
        }
    }
}
