using Adology.Modules.Contracts;
using Npgsql;

namespace Adology.Modules.Scans.Ledger;

/// <summary>An acquired item as its readers select it from <c>scans.scan_items</c>: the columns, in this order, and the item they make.</summary>
internal static class AcquiredRow
{
    public const string Columns =
        "ordinal, url, metadata::text, sha256, media_type, byte_size, width, height, perceptual_hash, visual_embedding, text_embedding, attributes::text";

    /// <param name="decoded">The insight decoded (<see cref="AcquiredItem.Insight"/>), else left as stored (<see cref="AcquiredItem.Stored"/>).</param>
    public static AcquiredItem Read(NpgsqlDataReader reader, bool decoded)
    {
        var visual = reader.IsDBNull(9) ? null : reader.GetFieldValue<byte[]>(9);
        var text = reader.IsDBNull(10) ? null : reader.GetFieldValue<byte[]>(10);
        var attributes = reader.IsDBNull(11) ? null : reader.GetString(11);
        var item = new AcquiredItem(
            reader.GetInt32(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            new CreativeFingerprint(reader.GetFieldValue<byte[]>(3), reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt64(8)),
            decoded ? StoredInsight.Read(visual, text, attributes) : null);
        return decoded ? item : item with { Stored = StoredInsight.Columns(visual, text, attributes) };
    }
}
