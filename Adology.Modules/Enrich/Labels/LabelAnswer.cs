using System.Text.Json;
using Adology.Modules.Contracts;

namespace Adology.Modules.Enrich.Labels;

/// <summary>The model's answer as JSON, checked before it is stored: every field present, of sane length, trimmed.</summary>
internal sealed record LabelAnswer(
    string? ProductType, string[]? Colors, string? Environment, string[]? Features, string? MarketingApproach, string? Description)
{
    private const int MaxListItems = 12;
    private const int MaxWordsLength = 80;
    private const int MaxDescriptionLength = 600;

    /// <summary>The labels, or why the answer is not valid labels.</summary>
    public static LabelOutcome Read(string answer)
    {
        LabelAnswer? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<LabelAnswer>(WithoutFence(answer), JsonSerializerOptions.Web);
        }
        catch (JsonException exception)
        {
            return LabelOutcome.Failed($"the model's answer is not JSON: {exception.Message}");
        }

        return parsed?.Validate() ?? LabelOutcome.Failed("the model's answer is empty");
    }

    private LabelOutcome Validate()
    {
        var productType = Clean(ProductType)?.ToLowerInvariant();
        var environment = Clean(Environment);
        var approach = Clean(MarketingApproach);
        var description = Clean(Description);
        var colors = CleanList(Colors);
        var features = CleanList(Features);
        var fields = new (string Name, object? Value)[]
        {
            ("productType", productType), ("colors", colors), ("environment", environment), ("features", features),
            ("marketingApproach", approach), ("description", description),
        };
        if (fields.Where(field => field.Value is null).Select(field => field.Name).ToList() is { Count: > 0 } missing)
        {
            return Invalid($"{string.Join(", ", missing)} missing or empty");
        }

        if (productType!.Length > CreativeLabelRules.MaxProductTypeLength)
        {
            return Invalid($"productType is over {CreativeLabelRules.MaxProductTypeLength} characters");
        }

        if (colors!.Length > MaxListItems || features!.Length > MaxListItems)
        {
            return Invalid($"colors or features has more than {MaxListItems} items");
        }

        if (new[] { environment!, approach! }.Concat(colors).Concat(features).Any(words => words.Length > MaxWordsLength))
        {
            return Invalid($"environment, marketingApproach, a color or a feature is over {MaxWordsLength} characters");
        }

        return description!.Length > MaxDescriptionLength
            ? Invalid($"description is over {MaxDescriptionLength} characters")
            : LabelOutcome.Of(new CreativeLabels(productType, colors, environment!, features, approach!, description));
    }

    private static LabelOutcome Invalid(string problem) => LabelOutcome.Failed($"the model's answer is not valid labels: {problem}");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string[]? CleanList(string[]? values) =>
        values is null ? null : [.. values.Select(Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    // Some servers wrap JSON in a markdown fence even when asked for JSON.
    private static string WithoutFence(string answer)
    {
        var text = answer.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        var start = text.IndexOf('\n', StringComparison.Ordinal);
        var end = text.LastIndexOf("```", StringComparison.Ordinal);
        return start > 0 && end > start ? text[(start + 1)..end] : text;
    }
}
