using System.Globalization;
using System.Text.Json;

namespace Adology.Web.Reports;

/// <summary>Tolerant reads of the stored analysis document, whose shape grows as the analysis does.</summary>
internal static class AnalysisJson
{
    public static IEnumerable<JsonElement> Items(JsonElement? element, string property) =>
        Property(element, property) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static JsonElement? Property(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(property, out var found) ? found : null;

    /// <summary>The first of the properties present, as text (numbers too); null when none is.</summary>
    public static string? Text(JsonElement? element, params ReadOnlySpan<string> properties)
    {
        foreach (var property in properties)
        {
            if (Text(Property(element, property)) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    public static string? Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        _ => null,
    };

    public static long? Number(JsonElement? element, string property) =>
        Property(element, property) is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var value) ? value : null;

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
