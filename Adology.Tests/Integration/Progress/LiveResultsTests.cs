using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Progress;

/// <summary>ITEM_FOUND goes out as each acquire batch stores its pictures: one item per batch here, so a held item holds no other back.</summary>
public sealed class LiveResultsTests : OwnHostFreshFeedTests
{

    private protected override TestHost StartHost() => new TestHost(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false", ["Scans:AcquireBatchSize"] = "1" });

    [Test]
    public async Task Found_creatives_arrive_while_acquiring_each_new_picture_once_and_the_list_gives_the_same_before_and_after_the_commit()
    {
        var user = await ApiUser.RegisterAsync(Host);
        var brand = ApiUser.UniqueBrand("live");
        // Picture 3 is in the brand's catalogue before the scan: not new, so not a result.
        Feed.Bytes("known.png", TestImages.DistinctPng(3));
        Feed.Feed("known", [new { url = Feed.Url("known.png"), metadata = new { headline = "Known" } }], pageSize: 10);
        Assert.That((await user.WaitForScanAsync(await user.StartFeedScanAsync(brand, Feed.Url("known")))).Status, Is.EqualTo("completed"));
        var release = new TaskCompletionSource();
        var items = new List<object> { Item(0, 0, "Zero"), Item(1, 1, "One"), Item(2, 0, "Zero again"), Item(3, 3, "Known again") };
        Feed.Map("held.png", async http =>
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(30));
            http.Response.ContentType = "image/png";
            await http.Response.Body.WriteAsync(TestImages.DistinctPng(4));
        });
        items.Add(new { url = Feed.Url("held.png"), metadata = new { title = "Held" } });
        Feed.SlowFeed("feed", items);
        await using var watcher = await ProgressWatcher.ConnectAsync(Host, user.AccessToken);
        var accepted = await watcher.Connection.InvokeAsync<ScanAccepted>(
            "StartScan", new StartScanRequest(brand, new ScanSourceRequest(SourceTypes.Feed, null, Feed.Url("feed").AbsoluteUri)));
        var scanId = accepted.RequestId;
        await watcher.JoinAsync(scanId);

        await WaitForFoundAsync(watcher, scanId, 2);
        await RedeliverAsync(scanId, Found(watcher, scanId));
        var live = await ListAsync(user, scanId);
        var stranger = await ApiUser.RegisterAsync(Host);
        var thumbnail = await user.Http.GetAsync(SignedUrls.PathOf(live.Items[0].ThumbnailUrl));
        var bySignature = await Host.CreateClient().GetAsync(live.Items[0].ThumbnailUrl);
        var strangers = await stranger.Http.GetAsync(SignedUrls.PathOf(live.Items[0].ThumbnailUrl));
        var unacquired = await user.Http.GetAsync(ScanResult.StagedThumbnailPathOf(scanId, 4));
        var beforeRelease = Found(watcher, scanId);
        release.SetResult();
        var complete = await watcher.WaitForAsync(scanId, ProgressType.Complete);

        var events = watcher.Events.Where(progress => progress.JobId == scanId).ToList();
        var firstCommit = events.Where(progress => progress.Phase == "commit").Min(progress => progress.Seq);
        var found = Found(watcher, scanId);
        Assert.Multiple(() =>
        {
            Assert.That(beforeRelease.Select(item => item.Sha256), Is.Unique.And.EquivalentTo(new[] { Sha256(0), Sha256(1) }));
            Assert.That(live.Items.Select(item => (item.Id, item.Ordinal, item.Sha256, item.Url, item.Headline, SignedUrls.PathOf(item.ThumbnailUrl))), Is.EquivalentTo(beforeRelease));
            Assert.That(beforeRelease.Select(item => item.ThumbnailPath), Is.EqualTo(beforeRelease.Select(item => ScanResult.StagedThumbnailPathOf(scanId, item.Ordinal))));
            Assert.That((thumbnail.StatusCode, thumbnail.Content.Headers.ContentType?.MediaType), Is.EqualTo((HttpStatusCode.OK, "image/jpeg")));
            Assert.That((bySignature.StatusCode, bySignature.Content.Headers.ContentType?.MediaType), Is.EqualTo((HttpStatusCode.OK, "image/jpeg")));
            Assert.That(strangers.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unacquired.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(events.Where(progress => progress.Type == ProgressType.ItemFound), Has.All.Matches<ProgressEvent>(progress => progress.Phase == "acquire" && progress.Seq < firstCommit));
            Assert.That(found.Select(item => item.Sha256), Is.Unique.And.EquivalentTo(new[] { Sha256(0), Sha256(1), Sha256(4) }));
            Assert.That(found.Single(item => item.Sha256 == Sha256(4)), Is.EqualTo(((Guid?)null, 4, Sha256(4), Feed.Url("held.png").AbsoluteUri, (string?)"Held", ScanResult.StagedThumbnailPathOf(scanId, 4))));
            Assert.That(((JsonElement)complete.Data!).GetProperty("newCreatives").GetInt32(), Is.EqualTo(3));
        });

        var committed = await ListAsync(user, scanId);
        var catalogue = await user.AllCreativesAsync(brand);
        Assert.That(committed.Items.Select(item => (item.Ordinal, item.Sha256, item.Url, item.Headline)), Is.EquivalentTo(found.Select(item => (item.Ordinal, item.Sha256, item.Url, item.Headline))));
        Assert.That(
            committed.Items.Select(item => (item.Id, SignedUrls.PathOf(item.ThumbnailUrl))),
            Is.EquivalentTo(catalogue.Where(creative => creative.Sha256 != Sha256(3)).Select(creative => ((Guid?)creative.Id, FoundCreative.ThumbnailPathOf(creative.Id)))));
        Assert.That((await stranger.Http.GetAsync($"/api/scans/{scanId}/creatives")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    /// <summary>The found pictures' batches again, as a redelivery would bring them: nothing is sent twice.</summary>
    private async Task RedeliverAsync(Guid scanId, IEnumerable<(Guid? Id, int Ordinal, string Sha256, string Url, string? Headline, string ThumbnailPath)> found)
    {
        using var scope = Host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IScanFindings>().FindAsync(
            [.. found.Select(item => new FoundPicture(scanId, item.Ordinal, item.Url, Convert.FromHexString(item.Sha256), item.Headline))], CancellationToken.None);
    }

    private object Item(int ordinal, int picture, string headline)
    {
        Feed.Bytes($"img/{ordinal}.png", TestImages.DistinctPng(picture));
        return new { url = Feed.Url($"img/{ordinal}.png"), metadata = new { headline } };
    }


    private static string Sha256(int picture) => Convert.ToHexStringLower(SHA256.HashData(TestImages.DistinctPng(picture)));

    private static async Task<Page<ScanResult>> ListAsync(ApiUser user, Guid scanId) =>
        (await user.Http.GetFromJsonAsync<Page<ScanResult>>($"/api/scans/{scanId}/creatives?pageSize=500", JsonSerializerOptions.Web))!;

    /// <summary>ITEM_FOUND's items, each with its thumbnail's path: the signed URL's expiry depends on when it was sent.</summary>
    private static List<(Guid? Id, int Ordinal, string Sha256, string Url, string? Headline, string ThumbnailPath)> Found(ProgressWatcher watcher, Guid scanId) =>
    [
        .. watcher.Events
            .Where(progress => progress.JobId == scanId && progress.Type == ProgressType.ItemFound)
            .SelectMany(progress => ((JsonElement)progress.Data!).GetProperty("items").EnumerateArray())
            .Select(item => (
                (Guid?)null,
                item.GetProperty("ordinal").GetInt32(),
                item.GetProperty("sha256").GetString()!,
                item.GetProperty("url").GetString()!,
                item.GetProperty("headline").GetString(),
                SignedUrls.PathOf(item.GetProperty("thumbnailUrl").GetString()!))),
    ];

    private static async Task WaitForFoundAsync(ProgressWatcher watcher, Guid scanId, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Found(watcher, scanId).Count < count)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"Only {Found(watcher, scanId).Count} of {count} found creatives arrived while an item was held.");
            await Task.Delay(20);
        }
    }
}
