using System.Text.Json;
using Adology.Modules.Contracts;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Adology.Modules.Scans.Data;

/// <summary>A scan's (or schedule's) source is stored as the JSON the API takes, so a new source type needs no new columns.</summary>
internal static class ScanSources
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly ValueConverter<ScanSourceRequest, string> Converter = new(source => Write(source), json => Read(json));

    public static string Write(ScanSourceRequest source) => JsonSerializer.Serialize(source, Json);

    public static ScanSourceRequest Read(string json) =>
        JsonSerializer.Deserialize<ScanSourceRequest>(json, Json) ?? throw new InvalidDataException("A scan's source is null.");
}
