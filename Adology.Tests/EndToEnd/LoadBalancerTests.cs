using System.Collections.Concurrent;
using Adology.Tests.EndToEnd.Support;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// Two published hosts (RabbitMQ, Redis) behind a load balancer without sticky sessions, which sends each new connection
/// to the other host: the dashboard served through it opens its hub connection in one request and watches a scan live.
/// </summary>
[Category("EndToEnd")]
[NonParallelizable]
public sealed class LoadBalancerTests
{
    private const int Items = 300;

    [Test]
    public async Task The_dashboard_behind_a_balancer_without_sticky_sessions_watches_a_scan_live_to_completed()
    {
        Browser.RequireBuiltDashboard();
        await using var feed = await SlowImageFeed.StartAsync(Items);
        var blobs = Path.Combine(Path.GetTempPath(), "adology-balancer", Guid.NewGuid().ToString("N"));
        var environment = PublishedHost.ScaleOutSettings(feed.BaseUri, blobs);
        var starting = new[] { PublishedHost.StartAsync(HostProcess.FreePort(), environment), PublishedHost.StartAsync(HostProcess.FreePort(), environment) };
        await using var hostA = await starting[0];
        await using var hostB = await starting[1];
        await using var balancer = RoundRobinBalancer.Start(hostA.BaseUri, hostB.BaseUri);
        using var http = new HttpClient { BaseAddress = balancer.BaseUri };
        var user = await ApiUser.RegisterAsync(http);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var dashboard = new DashboardPage(await browser.NewPageAsync());
        var (requests, webSockets, pageErrors) = (new ConcurrentQueue<string>(), new ConcurrentQueue<string>(), new ConcurrentQueue<string>());
        dashboard.Page.Request += (_, request) => requests.Enqueue(request.Url);
        dashboard.Page.WebSocket += (_, webSocket) => webSockets.Enqueue(webSocket.Url);
        dashboard.Page.PageError += (_, error) => pageErrors.Enqueue(error);

        try
        {
            await dashboard.LogInAsync(balancer.BaseUri, user.Email, ApiUser.Password);
            await dashboard.StartFeedScanAsync(ApiUser.UniqueBrand("balanced"), feed.FeedUrl);

            var scan = dashboard.ScanItems.First;
            await Assertions.Expect(scan.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "100", new() { Timeout = 120_000 });
            await Assertions.Expect(scan).ToHaveAttributeAsync("data-status", "completed");
            await Assertions.Expect(dashboard.ResultRows).ToHaveCountAsync(Items);
            Assert.Multiple(() =>
            {
                Assert.That(webSockets, Has.Some.StartsWith(new Uri(balancer.BaseUri, "hubs/progress").AbsoluteUri.Replace("http:", "ws:", StringComparison.Ordinal)));
                Assert.That(requests, Has.None.Contains("/negotiate"), "a negotiate request and the connection after it may reach different hosts");
                Assert.That(balancer.ConnectionsTo(0), Is.Positive, "host A took no connection");
                Assert.That(balancer.ConnectionsTo(1), Is.Positive, "host B took no connection");
                Assert.That(pageErrors, Is.Empty);
            });
        }
        finally
        {
            if (Directory.Exists(blobs))
            {
                Directory.Delete(blobs, recursive: true);
            }
        }
    }
}
