using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;
using Adology.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Adology.Tests.Integration.Operations;

public sealed class RetentionTests
{
    [Test]
    public async Task Retention_removes_old_staging_rows_and_unreferenced_blobs_and_keeps_the_rest()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var old = await user.StartDemoScanAsync(ApiUser.UniqueBrand("old"), 10);
        var recent = await user.StartDemoScanAsync(ApiUser.UniqueBrand("recent"), 10);
        await user.WaitForScanAsync(old);
        await user.WaitForScanAsync(recent);
        await ExecuteAsync("UPDATE scans.scans SET completed_at = now() - interval '8 days' WHERE id = @id", old);
        var creative = (await user.CreativesAsync((await user.ScanAsync(old)).Brand)).Items[0];
        var kept = Path.Combine(host.BlobPath, creative.Sha256[..2], creative.Sha256);
        var orphan = Path.Combine(host.BlobPath, "ff", new string('f', 64));
        var fresh = Path.Combine(host.BlobPath, "fe", new string('e', 64));
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        Directory.CreateDirectory(Path.GetDirectoryName(fresh)!);
        await File.WriteAllBytesAsync(orphan, [1, 2, 3]);
        await File.WriteAllBytesAsync(fresh, [4, 5, 6]);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(kept, DateTime.UtcNow.AddDays(-2));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
        }

        Assert.That(await CountItemsAsync(old), Is.Zero);
        Assert.That(await CountItemsAsync(recent), Is.EqualTo(10));
        Assert.That(File.Exists(orphan), Is.False, "an old blob nothing refers to is deleted");
        Assert.That(File.Exists(fresh), Is.True, "a recent blob is kept whatever refers to it");
        Assert.That(File.Exists(kept), Is.True, "a blob of the catalogue is kept");
    }

    [Test]
    public async Task Retention_keeps_the_blobs_an_unfinished_scan_refers_to_by_blob_url()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("pending-blob"), 2);
        await user.WaitForScanAsync(scanId);
        var listing = OldBlob(host, 'a');
        var staged = OldBlob(host, 'b');
        var orphan = OldBlob(host, 'c');
        // The scan is made to look like an upload still acquiring: its listing in its source, an item staged by blob: URL.
        await ExecuteAsync(
            $$"""
            UPDATE scans.scans SET status = 'acquiring', source = '{"type":"upload","url":"blob:{{listing.Hex}}"}' WHERE id = @id;
            UPDATE scans.scan_items SET url = 'blob:{{staged.Hex}}', sha256 = NULL, state = 0 WHERE scan_id = @id AND ordinal = 0;
            """,
            scanId);
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
        }
        finally
        {
            await ExecuteAsync("UPDATE scans.scans SET status = 'completed' WHERE id = @id", scanId);
        }

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(listing.Path), Is.True, "the listing of an unfinished scan is kept");
            Assert.That(File.Exists(staged.Path), Is.True, "a blob a staged item names by blob: URL is kept");
            Assert.That(File.Exists(orphan.Path), Is.False, "an old blob nothing refers to is deleted");
        });
    }

    [Test]
    public async Task Retention_keeps_the_pictures_the_listing_of_an_upload_not_yet_staged_names()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("queued-upload"), 2);
        await user.WaitForScanAsync(scanId);
        using var bitmap = TestImages.Picture(Random.Shared.Next(40, 400), Random.Shared.Next(40, 400));
        var picture = Path.GetTempFileName();
        await File.WriteAllBytesAsync(picture, TestImages.Png(bitmap));
        var stored = await host.Services.GetRequiredService<IUploads>()
            .StoreAsync([new UploadedFile("fresh.png", picture, new FileInfo(picture).Length)], CancellationToken.None);
        File.Delete(picture);
        var listing = BlobPath(host, stored.ListingUrl!);
        var pictureBlob = BlobPath(host, BlobUrls.For(System.Security.Cryptography.SHA256.HashData(TestImages.Png(bitmap))));
        File.SetLastWriteTimeUtc(listing, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(pictureBlob, DateTime.UtcNow.AddDays(-2));
        await ExecuteAsync(
            $$"""UPDATE scans.scans SET status = 'queued', source = '{"type":"upload","url":"{{stored.ListingUrl}}"}' WHERE id = @id""", scanId);
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
        }
        finally
        {
            await ExecuteAsync("UPDATE scans.scans SET status = 'completed' WHERE id = @id", scanId);
        }

        Assert.That(File.Exists(listing), Is.True, "the listing of a queued upload is kept");
        Assert.That(File.Exists(pictureBlob), Is.True, "a picture the listing names is kept");
    }

    [Test]
    public async Task A_blob_stored_again_is_new_again_for_retention()
    {
        var host = SharedHost.Instance;
        var blob = OldBlob(host, 'd');

        await host.Services.GetRequiredService<FileBlobStore>().PutAsync(Convert.FromHexString(blob.Hex), new byte[] { 1 }, CancellationToken.None);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
        }

        Assert.That(File.Exists(blob.Path), Is.True);
    }

    private static string BlobPath(TestHost host, string blobUrl)
    {
        var hex = blobUrl[BlobUrls.Prefix.Length..];
        return Path.Combine(host.BlobPath, hex[..2], hex);
    }

    private static (string Hex, string Path) OldBlob(TestHost host, char digit)
    {
        var hex = string.Concat(Guid.NewGuid().ToString("N").AsSpan(0, 8), new string(digit, 56));
        var path = Path.Combine(host.BlobPath, hex[..2], hex);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [7]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-2));
        return (hex, path);
    }

    private static async Task<long> CountItemsAsync(Guid scanId)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM scans.scan_items WHERE scan_id = @id", connection);
        command.Parameters.AddWithValue("id", scanId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }
}
