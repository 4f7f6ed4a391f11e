using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SkiaSharp;

namespace Adology.Tests.Integration.Enrich;

/// <summary>A host with the local models on: scans of real photos and drawn ads go through the enriching phase.</summary>
public sealed class EnrichPhaseTests
{
    private TestHost host = null!;
    private FeedServer feed = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // A slice of a millisecond: every EnrichScan does one batch and hands the rest to the next message.
        host = new TestHost(new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false",
            ["Ai:Models:Enabled"] = "true",
            ["Enrich:BatchSize"] = "4",
            ["Enrich:SliceTime"] = "00:00:00.001",
        });
        feed = await FeedServer.StartAsync();
        host.Allow(feed.BaseUri);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await feed.DisposeAsync();
        host.Dispose();
    }

    [Test]
    public async Task A_scan_goes_through_enriching_and_keeps_each_creatives_embeddings_and_on_image_text_which_content_rules_read()
    {
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("enrich");
        await using var watcher = await ProgressWatcher.ConnectAsync(host, user.AccessToken);

        var scanId = await user.StartFeedScanAsync(brand, feed.Url(EnrichFeed.Photographs(feed, "SUMMER SALE FREE MONEY")));
        await watcher.JoinAsync(scanId);
        await watcher.WaitForAsync(scanId, ProgressType.Complete, TimeSpan.FromMinutes(3));

        var creatives = await user.AllCreativesAsync(brand);
        var ad = creatives.Single(creative => creative.Url.EndsWith("/ad.png", StringComparison.Ordinal));
        var enrichments = await EnrichmentsAsync(user, brand);
        var found = await user.Http.GetFromJsonAsync<Page<CreativeView>>($"/api/brands/{brand}/creatives?q=%22free%20money%22", JsonSerializerOptions.Web);
        Assert.Multiple(() =>
        {
            Assert.That(
                watcher.Events.Where(progress => progress.JobId == scanId && progress.Type == ProgressType.Progress && progress.Phase == "enrich").Select(progress => progress.Total),
                Has.Some.EqualTo(EnrichFeed.Photos.Length + 1));
            Assert.That(enrichments.Values.Select(enrichment => (enrichment.Visual?.Length, enrichment.Copy?.Length)).ToList(), Has.Count.EqualTo(creatives.Count).And.All.EqualTo(((int?)512, (int?)384)));
            Assert.That(ad.OnImageText, Does.Contain("SUMMER SALE FREE MONEY"));
            Assert.That(ad.Attributes!.Flags, Is.EqualTo(new[] { "free-money" }));
            Assert.That(found!.Items.Select(creative => creative.Id), Is.EqualTo(new[] { ad.Id }), "search reads the on-image text");
            Assert.That(creatives.Single(creative => creative.Url.EndsWith("/chelsea.png", StringComparison.Ordinal)).OnImageText, Is.Empty);
        });
    }

    [Test]
    public async Task A_watch_term_printed_on_the_picture_is_matched_in_its_on_image_text_while_enriching()
    {
        var user = await ApiUser.RegisterAsync(host);
        var picture = $"watched-{Guid.NewGuid():N}.png";
        feed.Bytes(picture, AdPictures.Png($"FREE SHIPPING {Random.Shared.Next(1000, 10000)}", 72f, SKColors.White, SKColor.Parse("#D32F2F")));
        var list = $"watched-{Guid.NewGuid():N}";
        feed.Feed(list, [new { url = feed.Url(picture), metadata = new { headline = "Summer collection" } }], pageSize: 10);
        await using var watcher = await ProgressWatcher.ConnectAsync(host, user.AccessToken);

        var scanId = await user.StartScanAsync(new { brand = ApiUser.UniqueBrand("ocr"), source = new { type = "feed", url = feed.Url(list).AbsoluteUri }, watch = new[] { "free shipping" } });
        await watcher.JoinAsync(scanId);
        var complete = await watcher.WaitForAsync(scanId, ProgressType.Complete, TimeSpan.FromMinutes(3));

        var found = watcher.Events
            .Where(progress => progress.JobId == scanId && progress.Type == ProgressType.MatchFound)
            .Select(progress => (((JsonElement)progress.Data!).GetProperty("term").GetString(), ((JsonElement)progress.Data!).GetProperty("matchedIn").GetString(), progress.Phase));
        var listed = await user.Http.GetFromJsonAsync<Page<ScanMatch>>($"/api/scans/{scanId}/matches", JsonSerializerOptions.Web);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(new[] { ("free shipping", "onImageText", "enrich") }));
            Assert.That(listed!.Items.Select(match => (match.Term, match.MatchedIn, match.Headline)), Is.EqualTo(new[] { ("free shipping", "onImageText", "Summer collection") }));
            Assert.That(((JsonElement)complete.Data!).GetProperty("totalMatches").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_nearest_creative_to_a_photo_of_a_motorcycle_is_the_other_photo_of_it()
    {
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("similar");
        var scan = await user.WaitForScanAsync(await user.StartFeedScanAsync(brand, feed.Url(EnrichFeed.Photographs(feed, "NEW IN STORE"))), TimeSpan.FromMinutes(3));
        Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
        var creatives = await user.AllCreativesAsync(brand);
        var left = creatives.Single(creative => creative.Url.EndsWith("/motorcycle_left.png", StringComparison.Ordinal));

        var similar = await user.Http.GetFromJsonAsync<JsonElement>($"/api/creatives/{left.Id}/similar?k=1");

        var nearest = similar.GetProperty("items")[0].GetProperty("url").GetString();
        Assert.That(nearest, Does.EndWith("/motorcycle_right.png"));
    }

    [Test]
    public async Task A_rescan_and_another_users_scan_of_the_same_pictures_run_no_model()
    {
        var path = EnrichFeed.Photographs(feed, "FREE SHIPPING TODAY");
        var first = await ApiUser.RegisterAsync(host);
        Assert.That((await first.WaitForScanAsync(await first.StartFeedScanAsync(ApiUser.UniqueBrand("first"), feed.Url(path)), TimeSpan.FromMinutes(3))).Status, Is.EqualTo("completed"));
        using var work = new ModelWork(host);

        var brand = ApiUser.UniqueBrand("reuse");
        var other = await ApiUser.RegisterAsync(host);
        var again = await other.WaitForScanAsync(await other.StartFeedScanAsync(brand, feed.Url(path)), TimeSpan.FromMinutes(3));

        Assert.That(again.Status, Is.EqualTo("completed"), again.Message);
        Assert.That(work.Total, Is.Zero);
        Assert.That((await EnrichmentsAsync(other, brand)).Values.Select(enrichment => enrichment.Visual).ToList(), Has.Count.EqualTo(EnrichFeed.Photos.Length + 1).And.All.Not.Null);
    }

    [Test]
    public async Task A_scan_cancelled_while_enriching_stops_between_batches_and_is_never_analysed()
    {
        const int Pictures = 24;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand("cancel"), feed.Url(EnrichFeed.FreshAds(feed, Pictures)));
        string status;
        while ((status = (await user.ScanAsync(scanId)).Status) != "enriching")
        {
            Assert.That(status, Is.AnyOf("queued", "gathering", "acquiring", "committing"));
            await Task.Delay(10);
        }

        var cancel = await user.Http.PostAsync($"/api/scans/{scanId}/cancel", null);
        await Task.Delay(TimeSpan.FromSeconds(3));
        // The batch in hand when the cancel came is finished, not abandoned: wait for it, so no later test counts its work.
        await WhenPhaseStoppedAsync(scanId);

        Assert.That(cancel.IsSuccessStatusCode, Is.True);
        Assert.That((await user.ScanAsync(scanId)).Status, Is.EqualTo("cancelled"));
        Assert.That(host.Bus.Published<AnalyzeBrand>(scanId), Is.Zero);
        Assert.That(await StoredVisualsAsync(scanId), Is.LessThan(Pictures));
    }

    [Test]
    public async Task A_sliced_or_redelivered_EnrichScan_runs_the_models_only_on_what_is_missing()
    {
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartFeedScanAsync(ApiUser.UniqueBrand("resume"), feed.Url(EnrichFeed.FreshAds(feed, 6)));
        Assert.That((await user.WaitForScanAsync(scanId, TimeSpan.FromMinutes(3))).Status, Is.EqualTo("completed"));
        Assert.That(host.Bus.Published<EnrichScan>(scanId), Is.EqualTo(2), "the commit's, then one for the second batch of 4");
        var hashes = await ScanHashesAsync(scanId);
        await ExecuteAsync("DELETE FROM enrich.visual_embeddings WHERE sha256 = ANY(@hashes)", hashes[..2]);
        await ExecuteAsync("DELETE FROM enrich.on_image_texts WHERE sha256 = ANY(@hashes)", hashes[2..3]);
        await ExecuteAsync("UPDATE scans.scans SET status = 'enriching', phase = 'enrich', completed_at = NULL WHERE id = @id", scanId);
        using var work = new ModelWork(host);

        await host.PublishAsync(new EnrichScan(scanId));

        Assert.That((await user.WaitForScanAsync(scanId, TimeSpan.FromMinutes(1))).Status, Is.EqualTo("completed"));
        Assert.That((work.Of("visual"), work.Of("text"), work.Of("copy")), Is.EqualTo((2L, 1L, 0L)));
        Assert.That(await StoredVisualsAsync(scanId), Is.EqualTo(6));
    }

    private async Task WhenPhaseStoppedAsync(Guid scanId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (host.Bus.Consumed<EnrichScan>(scanId) < host.Bus.Published<EnrichScan>(scanId))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the cancelled scan's enriching did not stop");
            await Task.Delay(50);
        }
    }

    private async Task<IReadOnlyDictionary<Guid, CreativeEnrichment>> EnrichmentsAsync(ApiUser user, string brand)
    {
        var creativeId = (await user.AllCreativesAsync(brand))[0].Id;
        await using var scope = host.Services.CreateAsyncScope();
        var location = await scope.ServiceProvider.GetRequiredService<ICatalogue>().LocateAsync(creativeId, CancellationToken.None);
        var catalogue = await scope.ServiceProvider.GetRequiredService<ICatalogue>().ReadBrandAsync(location!.OwnerId, brand, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ICreativeEnrichments>().ReadAsync(catalogue, CancellationToken.None);
    }

    private static async Task<byte[][]> ScanHashesAsync(Guid scanId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT DISTINCT sha256 FROM scans.scan_items WHERE scan_id = @id AND sha256 IS NOT NULL ORDER BY sha256", connection);
        command.Parameters.AddWithValue("id", scanId);
        var hashes = new List<byte[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hashes.Add(reader.GetFieldValue<byte[]>(0));
        }

        return [.. hashes];
    }

    private static async Task<long> StoredVisualsAsync(Guid scanId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM enrich.visual_embeddings WHERE sha256 IN (SELECT sha256 FROM scans.scan_items WHERE scan_id = @id)", connection);
        command.Parameters.AddWithValue("id", scanId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string sql, object value)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(value is Guid ? "id" : "hashes", value);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        return connection;
    }
}
