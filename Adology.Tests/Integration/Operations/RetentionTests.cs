using Adology.Tests.Integration.Support;
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
