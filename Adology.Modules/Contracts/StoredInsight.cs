using System.Text.Json;

namespace Adology.Modules.Contracts;

/// <summary>
/// A <see cref="CreativeInsight"/> in the three columns that hold it wherever a creative is stored
/// (<c>visual_embedding</c>, <c>text_embedding</c> as <see cref="EmbeddingCodec"/> bytes, <c>attributes</c> as JSON).
/// </summary>
public sealed record StoredInsight(byte[] Visual, byte[] Text, string AttributesJson)
{
    // What reading a creative without attributes and storing it again writes: CreativeAttributes.None.
    private static readonly string NoAttributesJson = JsonSerializer.Serialize(CreativeAttributes.None, JsonSerializerOptions.Web);

    public static StoredInsight Of(CreativeInsight insight)
    {
        ArgumentNullException.ThrowIfNull(insight);
        return new StoredInsight(
            EmbeddingCodec.Encode(insight.Visual), EmbeddingCodec.Encode(insight.Text), JsonSerializer.Serialize(insight.Attributes, JsonSerializerOptions.Web));
    }

    /// <summary>The columns as they are, their embeddings still encoded; null when they are (creatives stored before insights were).</summary>
    public static StoredInsight? Columns(byte[]? visual, byte[]? text, string? attributesJson) =>
        visual is null || text is null ? null : new StoredInsight(visual, text, attributesJson ?? NoAttributesJson);

    /// <summary>Null when the columns are (creatives stored before insights were).</summary>
    public static CreativeInsight? Read(byte[]? visual, byte[]? text, string? attributesJson) =>
        visual is null || text is null
            ? null
            : new CreativeInsight(EmbeddingCodec.Decode(visual), EmbeddingCodec.Decode(text), Attributes(attributesJson));

    public static CreativeAttributes Attributes(string? json) =>
        json is null ? CreativeAttributes.None : JsonSerializer.Deserialize<CreativeAttributes>(json, JsonSerializerOptions.Web) ?? CreativeAttributes.None;
}
