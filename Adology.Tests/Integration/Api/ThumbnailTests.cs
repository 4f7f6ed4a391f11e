using System.Net;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;

namespace Adology.Tests.Integration.Api;

/// <summary>Thumbnails of 7,000 × 7,000 pictures (196 MB each once decoded), asked for by many requests at once.</summary>
[NonParallelizable]
public sealed class ThumbnailTests
{
    private const int Requests = 50;

    private FeedServer feed = null!;
    private ApiUser owner = null!;
    private Dictionary<int, CreativeView> creativesByHeight = null!;

    [OneTimeSetUp]
    public async Task ScanTwoLargePictures()
    {
        feed = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(feed.BaseUri);
        foreach (var height in new[] { 7000, 6999 })
        {
            using var picture = TestImages.Picture(7000, height);
            feed.Bytes($"large-{height}.png", TestImages.Png(picture));
        }

        feed.Feed("large", [new { url = feed.Url("large-7000.png") }, new { url = feed.Url("large-6999.png") }], pageSize: 10);
        owner = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("thumbnails");
        await owner.WaitForScanAsync(await owner.StartFeedScanAsync(brand, feed.Url("large")), TimeSpan.FromMinutes(2));
        creativesByHeight = (await owner.AllCreativesAsync(brand)).ToDictionary(creative => creative.Height);
    }

    [OneTimeTearDown]
    public async Task StopFeed() => await feed.DisposeAsync();

    [Test]
    public async Task A_thumbnail_is_made_once_and_kept_beside_the_picture()
    {
        var creative = creativesByHeight[6999];

        var first = await ThumbnailAsync(creative);
        var kept = new FileInfo(KeptPathOf(creative));
        var madeAt = kept.Exists ? kept.LastWriteTimeUtc : DateTime.MinValue;
        var second = await ThumbnailAsync(creative);

        Assert.Multiple(() =>
        {
            Assert.That(kept.Exists, Is.True, "kept beside the picture");
            Assert.That(second, Is.EqualTo(first));
            Assert.That(new FileInfo(KeptPathOf(creative)).LastWriteTimeUtc, Is.EqualTo(madeAt), "not made again");
        });
    }

    [Test]
    public async Task Fifty_requests_at_once_for_a_large_pictures_thumbnail_keep_the_hosts_memory_bounded()
    {
        var creative = creativesByHeight[7000];
        using var memory = PeakWorkingSet.Start();

        var thumbnails = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => ThumbnailAsync(creative)));
        var grewBy = await memory.GrewByMegabytesAsync();
        await TestContext.Progress.WriteLineAsync($"thumbnails: the process grew by {grewBy} MB");

        Assert.Multiple(() =>
        {
            Assert.That(thumbnails, Has.All.Not.Empty);
            // One decode per core at a time: two cores, 2 × 196 MB, and some slack for the rest of the host.
            Assert.That(grewBy, Is.LessThan(Math.Max(2, Environment.ProcessorCount) * 196 + 300), "MB the process grew by");
        });
    }

    private async Task<byte[]> ThumbnailAsync(CreativeView creative)
    {
        using var response = await owner.Http.GetAsync($"/api/creatives/{creative.Id}/thumbnail");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string KeptPathOf(CreativeView creative) =>
        Path.Combine(SharedHost.Instance.BlobPath, creative.Sha256[..2], creative.Sha256 + ".thumbnail.jpg");

}
