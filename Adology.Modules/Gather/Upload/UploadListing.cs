using System.Buffers;
using System.Text.Json;
using Adology.Modules.Contracts;

namespace Adology.Modules.Gather.Upload;

/// <summary>An upload's creatives as stored in the blob store: JSON lines of <c>{"url":…,"metadata":{…}}</c>, in upload order.</summary>
internal static class UploadListing
{
    public static byte[] Write(IReadOnlyList<GatheredCreative> creatives)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        foreach (var creative in creatives)
        {
            writer.WriteStartObject();
            writer.WriteString("url", creative.Url);
            if (creative.MetadataJson is not null)
            {
                writer.WritePropertyName("metadata");
                writer.WriteRawValue(creative.MetadataJson);
            }

            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static IEnumerable<GatheredCreative> Read(byte[] listing)
    {
        var rest = listing.AsMemory();
        while (!rest.IsEmpty)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? Memory<byte>.Empty : rest[(end + 1)..];
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var metadata = root.TryGetProperty("metadata", out var value) ? value.GetRawText() : null;
            yield return new GatheredCreative(root.GetProperty("url").GetString()!, metadata);
        }
    }
}
