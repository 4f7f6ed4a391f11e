using FluentValidation;

namespace Adology.Modules.Scans.Watch;

/// <summary>What a list of watch terms must be, in a scan request and a saved watch list alike; each bad term is named (<c>watch[2]</c>).</summary>
internal static class WatchTermRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> FewEnoughWatchTerms<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(terms => terms is null || terms.Count <= WatchTerms.MaxCount).WithMessage($"At most {WatchTerms.MaxCount} watch terms.");

    /// <summary>One check per term, and every term checked, whatever the validator's cascade mode.</summary>
    public static IRuleBuilderOptions<T, string> ValidWatchTerm<T>(this IRuleBuilderInitialCollection<T, string> rule) =>
        rule
            .Cascade(CascadeMode.Continue)
            .Must(term => Problem(term) is null)
            .WithMessage((_, term) => Problem(term));

    private static string? Problem(string? term) =>
        term?.Trim() switch
        {
            null => "A watch term must be a string.",
            { Length: 0 or > WatchTerms.MaxLength } => $"A watch term must be 1 to {WatchTerms.MaxLength} characters (trimmed).",
            _ when WatchText.Words(term).Count == 0 => "A watch term must contain a letter or a digit.",
            _ => null,
        };
}
