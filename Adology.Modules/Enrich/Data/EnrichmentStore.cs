using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Enriching;
using Adology.Modules.Enrich.Models;
using Adology.Modules.Platform.Data;
using Npgsql;
using NpgsqlTypes;

namespace Adology.Modules.Enrich.Data;

/// <summary>
/// The enrich schema's rows, read and written set-wise by content hash (or copy hash) and model version. Writes add
/// what is missing and keep what is there, so two deliveries of one scan, or two scans of one picture, store it once.
/// </summary>
internal sealed class EnrichmentStore(AdologyDb db, TimeProvider clock)
{
    private const int KeysPerQuery = 5_000;

    public Task<List<byte[]>> VisualStoredAsync(IReadOnlyList<byte[]> sha256s, string model, CancellationToken cancellationToken) =>
        ReadAsync("SELECT sha256 FROM enrich.visual_embeddings WHERE model = @model AND sha256 = ANY(@keys)", sha256s, model, Key, cancellationToken);

    public Task<List<byte[]>> CopiesStoredAsync(IReadOnlyList<byte[]> copySha256s, string model, CancellationToken cancellationToken) =>
        ReadAsync("SELECT copy_sha256 FROM enrich.copy_embeddings WHERE model = @model AND copy_sha256 = ANY(@keys)", copySha256s, model, Key, cancellationToken);

    /// <summary>Pictures the model labelled; those it failed on are not, so a later scan tries them again.</summary>
    public Task<List<byte[]>> LabelledAsync(IReadOnlyList<byte[]> sha256s, string model, CancellationToken cancellationToken) =>
        ReadAsync("SELECT sha256 FROM enrich.labels WHERE model = @model AND labels IS NOT NULL AND sha256 = ANY(@keys)", sha256s, model, Key, cancellationToken);

    public Task<List<(byte[] Sha256, OnImageText Text)>> TextsAsync(IReadOnlyList<byte[]> sha256s, string reader, CancellationToken cancellationToken) =>
        ReadAsync(
            "SELECT sha256, text, confidence FROM enrich.on_image_texts WHERE reader = @model AND sha256 = ANY(@keys)",
            sha256s,
            reader,
            row => (row.GetFieldValue<byte[]>(0), new OnImageText(row.GetString(1), row.GetFloat(2))),
            cancellationToken);

    public Task<List<(byte[] Sha256, float[] Embedding)>> VisualsAsync(IReadOnlyList<byte[]> sha256s, string model, CancellationToken cancellationToken) =>
        ReadAsync("SELECT sha256, embedding FROM enrich.visual_embeddings WHERE model = @model AND sha256 = ANY(@keys)", sha256s, model, Embedding, cancellationToken);

    public Task<List<(byte[] CopySha256, float[] Embedding)>> CopiesAsync(IReadOnlyList<byte[]> copySha256s, string model, CancellationToken cancellationToken) =>
        ReadAsync("SELECT copy_sha256, embedding FROM enrich.copy_embeddings WHERE model = @model AND copy_sha256 = ANY(@keys)", copySha256s, model, Embedding, cancellationToken);

    /// <summary>The labels, or the failure, of each picture the model looked at.</summary>
    public Task<List<(byte[] Sha256, CreativeLabels? Labels, string? Failure)>> LabelsAsync(
        IReadOnlyList<byte[]> sha256s, string model, CancellationToken cancellationToken) =>
        ReadAsync(
            "SELECT sha256, labels::text, failure FROM enrich.labels WHERE model = @model AND sha256 = ANY(@keys)",
            sha256s,
            model,
            row => (
                row.GetFieldValue<byte[]>(0),
                row.IsDBNull(1) ? null : JsonSerializer.Deserialize<CreativeLabels>(row.GetString(1), JsonSerializerOptions.Web),
                row.IsDBNull(2) ? null : row.GetString(2)),
            cancellationToken);

    /// <summary>Of the pictures, those the model labelled with this product type.</summary>
    public Task<List<byte[]>> WithProductTypeAsync(IReadOnlyList<byte[]> sha256s, string model, string productType, CancellationToken cancellationToken) =>
        ReadAsync(
            "SELECT sha256 FROM enrich.labels WHERE model = @model AND product_type = @product_type AND sha256 = ANY(@keys)",
            sha256s,
            model,
            Key,
            cancellationToken,
            parameters => parameters.AddWithValue("product_type", productType));

    public async Task SaveAsync(EnrichedBatch batch, ActiveModels models, CancellationToken cancellationToken)
    {
        var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var statements = new NpgsqlBatch(connection);
        var now = clock.GetUtcNow();
        if (models.Visual is { } visual && batch.Visuals.Count > 0)
        {
            statements.BatchCommands.Add(Embeddings("visual_embeddings", "sha256", visual.Version, batch.Visuals, now));
        }

        if (models.Copy is { } copy && batch.Copies.Count > 0)
        {
            statements.BatchCommands.Add(Embeddings("copy_embeddings", "copy_sha256", copy.Version, batch.Copies, now));
        }

        if (models.Reader is { } reader && batch.Texts.Count > 0)
        {
            statements.BatchCommands.Add(Texts(reader.Version, batch.Texts, now));
        }

        if (models.Labeller is { } labeller && batch.Labels.Count > 0)
        {
            statements.BatchCommands.Add(Labels(labeller.Model, batch.Labels, now));
        }

        if (statements.BatchCommands.Count > 0)
        {
            await statements.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static NpgsqlBatchCommand Embeddings(string table, string keyColumn, string model, List<(byte[] Key, float[] Embedding)> rows, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(
            $"""
            INSERT INTO enrich.{table} ({keyColumn}, model, embedding, created_at)
            SELECT key, @model, embedding, @now FROM unnest(@keys, @embeddings) AS row(key, embedding)
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.AddWithValue("model", model);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(row => row.Key).ToArray());
        command.Parameters.AddWithValue("embeddings", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(row => EmbeddingCodec.Encode(row.Embedding)).ToArray());
        return command;
    }

    private static NpgsqlBatchCommand Texts(string reader, List<(byte[] Sha256, OnImageText Text)> rows, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(
            """
            INSERT INTO enrich.on_image_texts (sha256, reader, text, confidence, created_at)
            SELECT sha256, @reader, text, confidence, @now FROM unnest(@sha256s, @texts, @confidences) AS row(sha256, text, confidence)
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.AddWithValue("reader", reader);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(row => row.Sha256).ToArray());
        command.Parameters.AddWithValue("texts", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(row => row.Text.Text).ToArray());
        command.Parameters.AddWithValue("confidences", NpgsqlDbType.Array | NpgsqlDbType.Real, rows.Select(row => row.Text.Confidence).ToArray());
        return command;
    }

    /// <summary>Labels replace an earlier failure of the model on the picture, never earlier labels.</summary>
    private static NpgsqlBatchCommand Labels(string model, List<(byte[] Sha256, Labels.LabelOutcome Outcome)> rows, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(
            """
            INSERT INTO enrich.labels AS stored (sha256, model, product_type, labels, failure, created_at)
            SELECT sha256, @model, product_type, labels::jsonb, failure, @now
            FROM unnest(@sha256s, @product_types, @labels, @failures) AS row(sha256, product_type, labels, failure)
            ON CONFLICT (sha256, model) DO UPDATE
            SET product_type = excluded.product_type, labels = excluded.labels, failure = excluded.failure, created_at = excluded.created_at
            WHERE stored.labels IS NULL
            """);
        command.Parameters.AddWithValue("model", model);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(row => row.Sha256).ToArray());
        command.Parameters.AddWithValue("product_types", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(row => (object?)row.Outcome.Labels?.ProductType ?? DBNull.Value).ToArray());
        command.Parameters.AddWithValue(
            "labels",
            NpgsqlDbType.Array | NpgsqlDbType.Text,
            rows.Select(row => row.Outcome.Labels is { } labels ? JsonSerializer.Serialize(labels, JsonSerializerOptions.Web) : (object)DBNull.Value).ToArray());
        command.Parameters.AddWithValue("failures", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(row => (object?)row.Outcome.Failure ?? DBNull.Value).ToArray());
        return command;
    }

    private async Task<List<T>> ReadAsync<T>(
        string sql,
        IReadOnlyList<byte[]> keys,
        string model,
        Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken,
        Action<NpgsqlParameterCollection>? parameters = null)
    {
        var rows = new List<T>();
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            await using var command = await db.CommandAsync(sql, cancellationToken);
            command.Parameters.AddWithValue("model", model);
            command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Bytea, chunk);
            parameters?.Invoke(command.Parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }
        }

        return rows;
    }

    private static byte[] Key(NpgsqlDataReader row) => row.GetFieldValue<byte[]>(0);

    private static (byte[], float[]) Embedding(NpgsqlDataReader row) => (row.GetFieldValue<byte[]>(0), EmbeddingCodec.Decode(row.GetFieldValue<byte[]>(1)));
}
