using System.Diagnostics;
using Adology.Modules.Acquire.Fingerprints;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Adology.Bench;

/// <summary>
/// The raw limit: the same downloads and per-item work as Acquire (sniff, SHA-256, one decode for the perceptual
/// hash and the visual embedding, atomic blob write, one syncfs) in a plain parallel loop, then one COPY of the
/// rows — no queue, no per-item transactions.
/// </summary>
internal static class Baseline
{
    public static async Task<TimeSpan> RunAsync(IReadOnlyList<Uri> urls, int concurrency, string blobPath, string connectionString)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        var blobs = new FileBlobStore(Options.Create(new BlobOptions { Path = blobPath }));
        var rows = new (CreativeFingerprint Fingerprint, byte[] Visual)[urls.Count];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, urls.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (index, cancellationToken) =>
            {
                var content = await http.GetByteArrayAsync(urls[index], cancellationToken);
                var examination = Examination.Of(content, long.MaxValue, VisualFeatures.From);
                var fingerprint = examination.Fingerprint ?? throw new InvalidOperationException($"{urls[index]} is not an image");
                await blobs.PutAsync(fingerprint.Sha256, content, cancellationToken);
                rows[index] = (fingerprint, EmbeddingCodec.Encode(examination.Visual));
            });
        blobs.FlushToDisk();
        await CopyAsync(rows, connectionString);
        return clock.Elapsed;
    }

    private static async Task CopyAsync((CreativeFingerprint Fingerprint, byte[] Visual)[] rows, string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS bench_baseline (sha256 bytea, media_type text, byte_size int, width int, height int, perceptual_hash bigint, visual_embedding bytea)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY bench_baseline (sha256, media_type, byte_size, width, height, perceptual_hash, visual_embedding) FROM STDIN (FORMAT BINARY)");
        foreach (var (row, visual) in rows)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(row.Sha256, NpgsqlDbType.Bytea);
            await importer.WriteAsync(row.MediaType, NpgsqlDbType.Text);
            await importer.WriteAsync(row.ByteSize, NpgsqlDbType.Integer);
            await importer.WriteAsync(row.Width, NpgsqlDbType.Integer);
            await importer.WriteAsync(row.Height, NpgsqlDbType.Integer);
            await importer.WriteAsync(row.PerceptualHash, NpgsqlDbType.Bigint);
            await importer.WriteAsync(visual, NpgsqlDbType.Bytea);
        }

        await importer.CompleteAsync();
    }
}
