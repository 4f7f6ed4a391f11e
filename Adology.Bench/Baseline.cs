using System.Diagnostics;
using Adology.Modules.Acquire.Fingerprints;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.TextAttributes;
using Adology.Modules.Contracts;
using Adology.Modules.Gather;
using Adology.Modules.Platform.Blobs;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Adology.Bench;

/// <summary>
/// The raw limit: the same downloads and per-item work as the host (sniff, SHA-256, one decode for the perceptual hash
/// and the visual embedding, atomic blob write, one syncfs; the metadata capped, its copy read for attributes and flags
/// and its text embedding made) in a plain parallel loop, then one COPY of the rows — no queue, no per-item transactions.
/// </summary>
internal static class Baseline
{
    public static async Task<TimeSpan> RunAsync(
        IReadOnlyList<Uri> urls, IReadOnlyList<string> metadata, int concurrency, string blobPath, string connectionString)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        var blobs = new FileBlobStore(Options.Create(new BlobOptions { Path = blobPath }));
        var gather = new GatherOptions();
        var rows = new BaselineRow[urls.Count];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, urls.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (index, cancellationToken) =>
            {
                var content = await http.GetByteArrayAsync(urls[index], cancellationToken);
                var examination = Examination.Of(content, long.MaxValue, VisualFeatures.From);
                var fingerprint = examination.Fingerprint ?? throw new InvalidOperationException($"{urls[index]} is not an image");
                var metadataJson = MetadataCap.Apply(metadata[index], gather.MaxMetadataFieldLength, gather.MaxMetadataBytes)!;
                var copy = AdCopy.Of(metadataJson);
                var read = CopyReader.Extract(copy.Headline, copy.Body, copy.CallToAction);
                var flags = ContentRules.Default.FlagsOf(copy.Text);
                var text = TextFeatures.From(copy.Text);
                await blobs.PutAsync(fingerprint.Sha256, content, cancellationToken);
                rows[index] = new BaselineRow(
                    fingerprint, EmbeddingCodec.Encode(examination.Visual), EmbeddingCodec.Encode(text), metadataJson, read.CallToAction, [.. flags]);
            });
        blobs.FlushToDisk();
        await CopyAsync(rows, connectionString);
        return clock.Elapsed;
    }

    private static async Task CopyAsync(BaselineRow[] rows, string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            """
            CREATE TABLE IF NOT EXISTS bench_baseline (sha256 bytea, media_type text, byte_size int, width int, height int,
                perceptual_hash bigint, visual_embedding bytea, text_embedding bytea, metadata jsonb, call_to_action text, flags text[])
            """,
            connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            """
            COPY bench_baseline (sha256, media_type, byte_size, width, height, perceptual_hash, visual_embedding, text_embedding, metadata,
                call_to_action, flags) FROM STDIN (FORMAT BINARY)
            """);
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(row.Fingerprint.Sha256, NpgsqlDbType.Bytea);
            await importer.WriteAsync(row.Fingerprint.MediaType, NpgsqlDbType.Text);
            await importer.WriteAsync(row.Fingerprint.ByteSize, NpgsqlDbType.Integer);
            await importer.WriteAsync(row.Fingerprint.Width, NpgsqlDbType.Integer);
            await importer.WriteAsync(row.Fingerprint.Height, NpgsqlDbType.Integer);
            await importer.WriteAsync(row.Fingerprint.PerceptualHash, NpgsqlDbType.Bigint);
            await importer.WriteAsync(row.Visual, NpgsqlDbType.Bytea);
            await importer.WriteAsync(row.Text, NpgsqlDbType.Bytea);
            await importer.WriteAsync(row.MetadataJson, NpgsqlDbType.Jsonb);
            await importer.WriteAsync(row.CallToAction, NpgsqlDbType.Text);
            await importer.WriteAsync(row.Flags, NpgsqlDbType.Array | NpgsqlDbType.Text);
        }

        await importer.CompleteAsync();
    }

    private sealed record BaselineRow(CreativeFingerprint Fingerprint, byte[] Visual, byte[] Text, string MetadataJson, string? CallToAction, string[] Flags);
}
