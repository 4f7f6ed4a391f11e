using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>The dashboard in Debian's Chromium against the real host; also saves docs/dashboard.png.</summary>
[Category("EndToEnd")]
[NonParallelizable]
public sealed class DashboardTests
{
    private static readonly TimeSpan ScanTimeout = TimeSpan.FromMinutes(2);

    private TestHost host = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Browser.RequireBuiltDashboard();
        host = new TestHost();
        playwright = await Playwright.CreateAsync();
        browser = await Browser.LaunchAsync(playwright);
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
    public async Task A_300_item_demo_scan_started_from_the_page_fills_the_bar_and_the_results_table_live_then_shows_its_analysis()
    {
        var user = await ApiUser.RegisterAsync(host);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var dashboard = new DashboardPage(await context.NewPageAsync());
        var pageErrors = Browser.CollectPageErrors(dashboard.Page);

        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        // The status the scan showed when the first result row appeared: found creatives arrive while it acquires.
        await dashboard.Page.EvaluateAsync(
            """
            () => new MutationObserver((_, observer) => {
              if (!document.querySelector("[data-testid='result-row']")) return;
              window.firstResultStatus = document.querySelector("[data-scan-id]")?.getAttribute("data-status");
              observer.disconnect();
            }).observe(document.body, { childList: true, subtree: true })
            """);
        // A brand is per owner, so a fresh user can use a readable one (it is in docs/dashboard.png).
        await dashboard.StartDemoScanAsync("Acme Outdoor", 300);

        var scan = dashboard.ScanItems.First;
        var progress = scan.GetByRole(AriaRole.Progressbar);
        await Assertions.Expect(progress).ToHaveAttributeAsync("aria-valuenow", "100", new() { Timeout = (float)ScanTimeout.TotalMilliseconds });
        await Assertions.Expect(scan).ToHaveAttributeAsync("data-status", "completed");
        // A 300-item demo scan plants a copy at every index % 20 == 19: 285 distinct creatives, all new to the brand.
        await Assertions.Expect(dashboard.ResultRows).ToHaveCountAsync(285);
        await Assertions.Expect(dashboard.ByTestId("figure-creatives")).ToHaveTextAsync("285");
        await dashboard.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.thumb')].slice(0, 8).every(image => image.complete && image.naturalWidth > 0)");

        var scanId = Guid.Parse((await scan.GetAttributeAsync("data-scan-id"))!);
        var shown = await dashboard.ResultRows.EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.creativeId)");
        var found = await user.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives?pageSize=500");
        var firstResultStatus = await dashboard.Page.EvaluateAsync<string?>("() => window.firstResultStatus ?? null");
        Assert.Multiple(() =>
        {
            Assert.That(shown, Is.Unique);
            Assert.That(shown.Select(Guid.Parse), Is.EquivalentTo(found!.Items.Select(item => item.Id!.Value)));
            Assert.That(firstResultStatus, Is.EqualTo("acquiring"));
            Assert.That(pageErrors, Is.Empty);
        });

        await ExpectAnalysisAsync(dashboard, user, scanId);
        await ExpectSimilarCreativesAsync(dashboard);
        var report = await dashboard.Page.RunAndWaitForDownloadAsync(() => dashboard.ByTestId("report-download").ClickAsync());
        Assert.That(report.SuggestedFilename, Does.StartWith("adology-acme-outdoor-").And.EndWith(".xlsx"));
        Assert.That(pageErrors, Is.Empty);

        await dashboard.Page.ScreenshotAsync(new() { Path = Path.Combine(Browser.RepositoryRoot(), "docs", "dashboard.png"), FullPage = true });
    }

    [Test]
    public async Task A_lost_event_and_a_dropped_connection_while_results_arrive_leave_no_row_missing_or_doubled()
    {
        var user = await ApiUser.RegisterAsync(host);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var dashboard = new DashboardPage(await context.NewPageAsync());
        var sabotage = await HubSabotage.InstallAsync(dashboard.Page, loseItemFound: 2, dropAtItemFound: 5);

        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        await dashboard.StartDemoScanAsync("Acme Resync", 1000);

        await Assertions.Expect(dashboard.ScanItems.First).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = (float)ScanTimeout.TotalMilliseconds });
        await Assertions.Expect(dashboard.ResultRows).ToHaveCountAsync(950);
        await Assertions.Expect(dashboard.ByTestId("connection-banner")).ToBeHiddenAsync();
        // The rows come from ITEM_FOUND while acquiring; their catalogue ids from the list reloaded after COMPLETE.
        await Assertions.Expect(dashboard.Page.Locator("[data-testid=result-row]:not([data-creative-id])")).ToHaveCountAsync(0);
        var shown = await dashboard.ResultRows.EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.creativeId)");
        Assert.Multiple(() =>
        {
            Assert.That(sabotage.Lost && sabotage.Dropped, Is.True, "the scan sent too few ITEM_FOUND events to lose one and drop the connection");
            Assert.That(sabotage.Connections, Is.GreaterThanOrEqualTo(2), "the page did not reconnect");
            Assert.That(sabotage.Joins, Is.GreaterThanOrEqualTo(3), "the page did not re-join after the gap and after reconnecting");
            Assert.That(shown, Is.Unique);
        });
    }

    [Test]
    public async Task A_zip_dropped_on_the_scan_form_uploads_with_progress_and_its_scan_completes()
    {
        var user = await ApiUser.RegisterAsync(host);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var dashboard = new DashboardPage(await context.NewPageAsync());
        var pageErrors = Browser.CollectPageErrors(dashboard.Page);
        var zip = UploadFiles.Zip(
            ("spring/a.png", TestImages.DistinctPng(41)),
            ("spring/b.png", TestImages.DistinctPng(42)),
            ("c.png", TestImages.DistinctPng(43)),
            ("manifest.csv", UploadFiles.Text("file,headline\nc.png,Dropped in\n")));

        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        // Every value the upload bar shows, as the page sets it.
        await dashboard.Page.EvaluateAsync(
            """
            () => {
              window.uploadProgress = [];
              const bar = document.querySelector("[data-testid='scan-upload-progress'] [role='progressbar']");
              new MutationObserver(() => window.uploadProgress.push(Number(bar.getAttribute("aria-valuenow"))))
                .observe(bar, { attributes: true, attributeFilter: ["aria-valuenow"] });
            }
            """);
        await dashboard.StartUploadByDropAsync("Acme Dropped", "campaign.zip", zip);

        var scan = dashboard.ScanItems.First;
        await Assertions.Expect(scan).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = (float)ScanTimeout.TotalMilliseconds });
        await Assertions.Expect(dashboard.ResultRows).ToHaveCountAsync(3);
        await Assertions.Expect(dashboard.ResultRows).ToContainTextAsync(["Dropped in"]);
        await Assertions.Expect(dashboard.ByTestId("scan-upload-progress")).ToBeHiddenAsync();
        await Assertions.Expect(dashboard.ByTestId("scan-file-list")).ToBeEmptyAsync();
        var progress = await dashboard.Page.EvaluateAsync<int[]>("() => window.uploadProgress");
        Assert.That(progress, Does.Contain(100), "the upload bar never showed the upload sent");
        Assert.That(pageErrors, Is.Empty);
    }

    [Test]
    public async Task A_web_page_scan_started_from_the_form_collects_the_pictures_of_its_pages()
    {
        await using var site = await FeedServer.StartAsync();
        host.Allow(site.BaseUri);
        for (var i = 0; i < 3; i++)
        {
            site.Bytes($"img/{i}.png", TestImages.DistinctPng(60 + i));
        }

        site.Html("shop/index.html", """<html><body><img src="/img/0.png" alt="Spring"><img src="/img/1.png"><a rel="next" href="page2.html">next</a></body></html>""");
        site.Html("shop/page2.html", """<html><body><img src="/img/2.png"></body></html>""");
        var user = await ApiUser.RegisterAsync(host);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var dashboard = new DashboardPage(await context.NewPageAsync());

        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        await dashboard.StartPageScanAsync("Acme Pages", site.Url("shop/index.html"), maxPages: 2);

        await Assertions.Expect(dashboard.ScanItems.First).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = (float)ScanTimeout.TotalMilliseconds });
        await Assertions.Expect(dashboard.ResultRows).ToHaveCountAsync(3);
    }

    [Test]
    public async Task The_ad_library_source_on_a_host_without_its_token_says_why_and_cannot_be_started()
    {
        var user = await ApiUser.RegisterAsync(host);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var dashboard = new DashboardPage(await context.NewPageAsync());

        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        await dashboard.ByTestId("scan-source-adLibrary").CheckAsync();

        await Assertions.Expect(dashboard.ByTestId("scan-source-hint")).ToContainTextAsync("Sources:AdLibrary:AccessToken");
        await Assertions.Expect(dashboard.ScanSubmit).ToBeDisabledAsync();
        await Assertions.Expect(dashboard.ByTestId("scan-search-terms")).ToBeVisibleAsync();
        await dashboard.ByTestId("scan-source-demo").CheckAsync();
        await Assertions.Expect(dashboard.ScanSubmit).ToBeEnabledAsync();
        await Assertions.Expect(dashboard.ByTestId("scan-source-hint")).ToBeHiddenAsync();
    }

    [Test]
    public async Task On_a_phone_nothing_overflows_sideways_and_the_form_starts_a_scan()
    {
        var user = await ApiUser.RegisterAsync(host);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true });
        var dashboard = new DashboardPage(await context.NewPageAsync());

        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        Assert.That(await dashboard.ScrollWidthAsync(), Is.LessThanOrEqualTo(375), "the empty dashboard is wider than the phone");

        var submit = await dashboard.ScanSubmit.BoundingBoxAsync();
        Assert.That(submit!.X + submit.Width, Is.LessThanOrEqualTo(375), "the Start button is off screen");
        await dashboard.StartDemoScanAsync("Acme Mobile", 40);
        await Assertions.Expect(dashboard.ScanItems.First).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = (float)ScanTimeout.TotalMilliseconds });
        await Assertions.Expect(dashboard.ResultRows).ToHaveCountAsync(38);
        await Assertions.Expect(dashboard.AnalysisSummary).ToBeVisibleAsync();

        Assert.That(await dashboard.ScrollWidthAsync(), Is.LessThanOrEqualTo(375), "the dashboard with an analysis and a results table is wider than the phone");
    }

    [Test]
    public async Task An_analysis_the_server_does_not_give_is_explained_and_shown_after_Try_again()
    {
        var user = await ApiUser.RegisterAsync(host);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.Page.RouteAsync("**/api/scans/*/analysis", route => route.FulfillAsync(new() { Status = 404, ContentType = "application/problem+json", Body = "{\"status\":404}" }));

        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        await dashboard.StartDemoScanAsync("Acme Missing", 20);
        await Assertions.Expect(dashboard.ScanItems.First).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = (float)ScanTimeout.TotalMilliseconds });
        await Assertions.Expect(dashboard.ByTestId("analysis-status")).ToHaveTextAsync("This scan has no analysis yet.");
        await Assertions.Expect(dashboard.AnalysisSummary).ToBeHiddenAsync();

        await dashboard.Page.UnrouteAllAsync();
        await dashboard.ByTestId("analysis-retry").ClickAsync();

        await Assertions.Expect(dashboard.AnalysisSummary).ToContainTextAsync("acme missing has 19 distinct creatives");
        await Assertions.Expect(dashboard.ByTestId("analysis-status")).ToBeHiddenAsync();
    }

    [Test]
    public async Task Log_out_ends_the_token_on_the_server_too()
    {
        var user = await ApiUser.RegisterAsync(host);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var dashboard = new DashboardPage(await context.NewPageAsync());
        var pageErrors = Browser.CollectPageErrors(dashboard.Page);
        await dashboard.LogInAsync(host.BaseUri, user.Email, ApiUser.Password);
        var token = await dashboard.Page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('adology.session')).token");
        var api = host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.That((await api.GetAsync("/api/scans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await dashboard.ByTestId("logout-button").ClickAsync();

        await Assertions.Expect(dashboard.ByTestId("login-submit")).ToBeVisibleAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var status = HttpStatusCode.OK;
        while (status == HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            status = (await api.GetAsync("/api/scans")).StatusCode;
        }

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(pageErrors, Is.Empty);
    }

    private static async Task ExpectAnalysisAsync(DashboardPage dashboard, ApiUser user, Guid scanId)
    {
        var analysis = await user.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{scanId}/analysis");
        await Assertions.Expect(dashboard.AnalysisSummary).ToHaveTextAsync(analysis.GetProperty("summary").GetString()!);
        // The demo plants four campaigns, and 15 exact and 15 near copies in 300 items.
        await Assertions.Expect(dashboard.ClusterCards).ToHaveCountAsync(analysis.GetProperty("clusters").GetArrayLength());
        await Assertions.Expect(dashboard.ByTestId("analysis-exact-groups")).ToHaveTextAsync("15");
        await Assertions.Expect(dashboard.ByTestId("analysis-near-groups")).ToHaveTextAsync("15");
        await Assertions.Expect(dashboard.ByTestId("near-duplicate-group")).ToHaveCountAsync(4);
        var themesPerCard = await dashboard.ClusterCards.EvaluateAllAsync<int[]>("cards => cards.map(card => card.querySelectorAll('[data-testid=cluster-theme]').length)");
        Assert.Multiple(() =>
        {
            Assert.That(themesPerCard, Has.Length.GreaterThanOrEqualTo(2), "fewer than two clusters in the demo's four campaigns");
            Assert.That(themesPerCard, Has.All.GreaterThan(0), "a cluster card without themes");
        });
    }

    private static async Task ExpectSimilarCreativesAsync(DashboardPage dashboard)
    {
        var example = dashboard.ClusterCards.First.GetByTestId("analysis-example").First;
        var exampleId = await example.GetAttributeAsync("data-creative-id");
        await example.ClickAsync();

        await Assertions.Expect(dashboard.ByTestId("similar-source")).ToHaveAttributeAsync("data-creative-id", exampleId!);
        await Assertions.Expect(dashboard.SimilarItems).ToHaveCountAsync(8);
        await Assertions.Expect(dashboard.SimilarItems.First).ToContainTextAsync(new Regex(@"score \d\.\d\d"));
        var similarIds = await dashboard.SimilarItems.EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.creativeId)");
        Assert.That(similarIds, Is.Unique.And.Not.Contains(exampleId));
        await dashboard.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=analysis] img')].every(image => image.complete && image.naturalWidth > 0)");
    }
}
