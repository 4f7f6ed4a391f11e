using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Tests.Integration.Watch;

public sealed class WatchTermTests : OwnHostFreshFeedTests
{

    private protected override TestHost StartHost() => WatchHost.Start();

    [Test]
    public async Task Matches_arrive_while_acquiring_once_per_creative_and_term_and_agree_with_the_list_the_report_and_COMPLETE()
    {
        var release = new TaskCompletionSource();
        var items = new List<object>
        {
            Item(0, 0, new { headline = "Free Shipping today" }),
            Item(1, 1, new { headline = "Spring sale", body = "Frëe SHIPPING on all orders" }),
            Item(2, 0, new { headline = "free shipping" }),
            Item(3, 3, new { headline = "Free shippings galore", body = "freeshipping" }),
            Item(4, 4, new { headline = "Invest", callToAction = "Guaranteed Income" }),
            Item(5, 5, new { headline = "Tools", alt = "a hole 12 drill" }),
            Item(6, 6, new { headline = "Guaranteed income, free shipping" }),
        };
        // The last item is held until the test has seen the others' matches: they cannot be waiting for the commit.
        var held = TestImages.DistinctPng(7);
        Feed.Map("held.png", async http =>
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(30));
            http.Response.ContentType = "image/png";
            await http.Response.Body.WriteAsync(held);
        });
        items.Add(new { url = Feed.Url("held.png"), metadata = new { headline = "Guaranteed income" } });
        Feed.SlowFeed("feed", items);
        var user = await ApiUser.RegisterAsync(Host);
        await SaveWatchlistAsync(user, "hole-12");
        await using var watcher = await ProgressWatcher.ConnectAsync(Host, user.AccessToken);

        var accepted = await watcher.Connection.InvokeAsync<ScanAccepted>(
            "StartScan", new StartScanRequest(ApiUser.UniqueBrand("watch"), new ScanSourceRequest(SourceTypes.Feed, null, Feed.Url("feed").AbsoluteUri), ["free shipping", "Guaranteed income"]));
        var scanId = accepted.RequestId;
        await watcher.JoinAsync(scanId);
        await WaitForMatchesAsync(watcher, scanId, 6);
        var beforeRelease = Matches(watcher, scanId);
        release.SetResult();
        var complete = await watcher.WaitForAsync(scanId, ProgressType.Complete);

        var events = watcher.Events.Where(progress => progress.JobId == scanId).OrderBy(progress => progress.Seq).ToList();
        var matchEvents = events.Where(progress => progress.Type == ProgressType.MatchFound).ToList();
        var firstCommit = events.First(progress => progress.Phase == "commit");
        var found = Matches(watcher, scanId);
        Assert.Multiple(() =>
        {
            Assert.That(beforeRelease, Has.Count.EqualTo(6));
            Assert.That(matchEvents, Has.All.Matches<ProgressEvent>(progress => progress.Seq < firstCommit.Seq && progress.Phase == "acquire"));
            Assert.That(found.Select(match => (match.Term, Picture(match.Ordinal), match.MatchedIn)), Is.EquivalentTo(new[]
            {
                ("free shipping", 0, "headline"),
                ("free shipping", 1, "body"),
                ("Guaranteed income", 4, "callToAction"),
                ("hole-12", 5, "altText"),
                ("Guaranteed income", 6, "headline"),
                ("free shipping", 6, "headline"),
                ("Guaranteed income", 7, "headline"),
            }));
            Assert.That(matchEvents.Select(progress => ((JsonElement)progress.Data!).GetProperty("item").GetProperty("thumbnailUrl").ValueKind), Has.All.EqualTo(JsonValueKind.Null));
        });

        var listed = await user.Http.GetFromJsonAsync<Page<ScanMatch>>($"/api/scans/{scanId}/matches?pageSize=500", JsonSerializerOptions.Web);
        Assert.That(listed!.Total, Is.EqualTo(7));
        Assert.That(
            listed.Items.Select(match => (match.Term, match.Ordinal, match.Url, match.Headline, match.MatchedIn)),
            Is.EquivalentTo(found.Select(match => (match.Term, match.Ordinal, match.Url, match.Headline, match.MatchedIn))));

        var data = (JsonElement)complete.Data!;
        Assert.That((data.GetProperty("totalMatches").GetInt32(), data.GetProperty("totalProcessed").GetInt32()), Is.EqualTo((7, 8)));
        var downloadUrl = data.GetProperty("downloadUrl").GetString()!;
        using var anonymous = Host.CreateClient();
        var download = await anonymous.GetAsync(downloadUrl);
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK), await download.Content.ReadAsStringAsync());
        using var xlsx = new MemoryStream(await download.Content.ReadAsByteArrayAsync());
        var sheet = Workbook.Read(xlsx).Records("matches");
        Assert.That(
            sheet.Select(row => (row["term"], int.Parse(row["ordinal"]!), row["url"], row["headline"], row["matched in"])),
            Is.EqualTo(listed.Items.Select(match => ((string?)match.Term, match.Ordinal, (string?)match.Url, match.Headline, (string?)match.MatchedIn))));

        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://host"), downloadUrl).Query)["expires"]!));
        await Task.Delay(expires - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));
        var late = await anonymous.GetAsync(downloadUrl);
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await late.Content.ReadAsStringAsync(), Does.Contain("expired"));
    }

    [Test]
    public async Task A_saved_term_matches_in_a_scan_started_without_watch_and_only_its_owner_sees_the_matches()
    {
        Feed.Bytes("0.png", TestImages.DistinctPng(30));
        Feed.Feed("feed", [new { url = Feed.Url("0.png"), metadata = new { headline = "Order HOLE 12 now" } }], pageSize: 10);
        var user = await ApiUser.RegisterAsync(Host);
        await SaveWatchlistAsync(user, "Hole-12");

        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand("saved"), Feed.Url("feed"));
        Assert.That((await user.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));

        var listed = await user.Http.GetFromJsonAsync<Page<ScanMatch>>($"/api/scans/{scanId}/matches", JsonSerializerOptions.Web);
        Assert.That(listed!.Items.Select(match => (match.Term, match.Ordinal, match.MatchedIn)), Is.EqualTo(new[] { ("Hole-12", 0, "headline") }));
        var stranger = await ApiUser.RegisterAsync(Host);
        Assert.That((await stranger.Http.GetAsync($"/api/scans/{scanId}/matches")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_watchlist_is_replaced_trimmed_and_deduplicated_and_bad_terms_are_400s_naming_them()
    {
        var user = await ApiUser.RegisterAsync(Host);
        Assert.That((await user.Http.GetFromJsonAsync<WatchlistView>("/api/watchlist", JsonSerializerOptions.Web))!.Terms, Is.Empty);

        await SaveWatchlistAsync(user, "old term");
        await SaveWatchlistAsync(user, "  Free Shipping ", "FRÉE shipping", "HOLE-12", "hole 12");
        var bad = await user.Http.PutAsJsonAsync("/api/watchlist", new { terms = new[] { "fine", " ", new string('x', 101), "--" } });
        var tooMany = await user.Http.PutAsJsonAsync("/api/watchlist", new { terms = Enumerable.Range(0, 51).Select(index => $"term {index}") });
        var badScan = await user.Http.PostAsJsonAsync("/api/scans", new { brand = "acme", source = new { type = "demo", count = 2 }, watch = new[] { "ok", "!!" } });

        Assert.That((await user.Http.GetFromJsonAsync<WatchlistView>("/api/watchlist", JsonSerializerOptions.Web))!.Terms, Is.EqualTo(new[] { "Free Shipping", "HOLE-12" }));
        Assert.That(await ErrorsAsync(bad), Is.EquivalentTo(new[] { "terms[1]", "terms[2]", "terms[3]" }));
        Assert.That(await ErrorsAsync(tooMany), Is.EquivalentTo(new[] { "terms" }));
        Assert.That(await ErrorsAsync(badScan), Is.EquivalentTo(new[] { "watch[1]" }));
        Assert.That(await user.ScanCountAsync(), Is.Zero);
    }

    [Test]
    public async Task An_upload_takes_its_watch_terms_as_form_fields_validated_like_a_scan_requests()
    {
        var user = await ApiUser.RegisterAsync(Host);
        var manifest = UploadFiles.Text("file,headline\na.png,Guaranteed INCOME for life\nb.png,Steady income\n");
        var zip = UploadFiles.Zip(("a.png", TestImages.DistinctPng(40)), ("b.png", TestImages.DistinctPng(41)), ("manifest.csv", manifest));

        var bad = await user.Http.PostAsync(new Uri("/api/scans/upload", UriKind.Relative), Form("acme", zip, "fine", "?!"));
        var good = await user.Http.PostAsync(new Uri("/api/scans/upload", UriKind.Relative), Form(ApiUser.UniqueBrand("upload"), zip, "guaranteed income"));

        Assert.That(await ErrorsAsync(bad), Is.EquivalentTo(new[] { "watch[1]" }));
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await good.Content.ReadAsStringAsync());
        var scanId = (await good.Content.ReadFromJsonAsync<ScanAccepted>(JsonSerializerOptions.Web))!.RequestId;
        Assert.That((await user.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
        var listed = await user.Http.GetFromJsonAsync<Page<ScanMatch>>($"/api/scans/{scanId}/matches", JsonSerializerOptions.Web);
        Assert.That(listed!.Items.Select(match => (match.Term, match.Headline, match.MatchedIn)), Is.EqualTo(new[] { ("guaranteed income", "Guaranteed INCOME for life", "headline") }));
    }

    private static MultipartFormDataContent Form(string brand, byte[] zip, params string[] watch)
    {
        var form = UploadFiles.Form(brand, ("ads.zip", zip));
        foreach (var term in watch)
        {
            form.Add(new StringContent(term), "watch");
        }

        return form;
    }

    private object Item(int ordinal, int picture, object metadata)
    {
        Feed.Bytes($"img/{ordinal}.png", TestImages.DistinctPng(picture));
        return new { url = Feed.Url($"img/{ordinal}.png"), metadata };
    }


    /// <summary>Items 0 and 2 are one picture at two URLs.</summary>
    private static int Picture(int ordinal) => ordinal == 2 ? 0 : ordinal;

    private static async Task SaveWatchlistAsync(ApiUser user, params string[] terms)
    {
        var response = await user.Http.PutAsJsonAsync("/api/watchlist", new { terms });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static async Task<IEnumerable<string>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().Select(error => error.Name);
    }

    private static List<ScanMatch> Matches(ProgressWatcher watcher, Guid scanId) =>
    [
        .. watcher.Events
            .Where(progress => progress.JobId == scanId && progress.Type == ProgressType.MatchFound)
            .Select(progress => (JsonElement)progress.Data!)
            .Select(data => new ScanMatch(
                data.GetProperty("term").GetString()!,
                data.GetProperty("item").GetProperty("ordinal").GetInt32(),
                data.GetProperty("item").GetProperty("url").GetString()!,
                data.GetProperty("item").GetProperty("headline").GetString(),
                string.Empty,
                data.GetProperty("matchedIn").GetString()!,
                default)),
    ];

    private static async Task WaitForMatchesAsync(ProgressWatcher watcher, Guid scanId, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Matches(watcher, scanId).Count < count)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"Only {Matches(watcher, scanId).Count} of {count} matches arrived while an item was held.");
            await Task.Delay(20);
        }
    }
}
