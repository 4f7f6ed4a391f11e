using System.Text.Json;

namespace Adology.Web.Reports;

/// <summary>Reads of the stored analysis document that tolerate what an analysis may lack (no analysis yet, an older one).</summary>
internal static class AnalysisJson
{
    public static IEnumerable<JsonElement> Items(JsonElement? element, string property) =>
        Property(element, property) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static JsonElement? Property(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(property, out var found) ? found : null;

    /// <summary>The property as text (a number too); null when it is missing or of another kind.</summary>
    public static string? Text(JsonElement? element, string property) => Text(Property(element, property));

    public static string? Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        _ => null,
    };

    public static long? Number(JsonElement? element, string property) =>
        Property(element, property) is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var value) ? value : null;
}
