using FluentValidation;

namespace Adology.Modules.Scans.Watch;

/// <summary>What a list of watch terms must be, in a scan request and a saved watch list alike; each bad term is named (<c>watch[2]</c>).</summary>
internal static class WatchTermRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> FewEnoughWatchTerms<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(terms => terms is null || terms.Count <= WatchTerms.MaxCount).WithMessage($"At most {WatchTerms.MaxCount} watch terms.");

    public static IRuleBuilderOptions<T, string> ValidWatchTerm<T>(this IRuleBuilderInitialCollection<T, string> rule) =>
        rule
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .Must(term => term.Trim().Length is > 0 and <= WatchTerms.MaxLength)
            .WithMessage($"A watch term must be 1 to {WatchTerms.MaxLength} characters (trimmed).")
            .Must(term => WatchText.Words(term).Count > 0)
            .WithMessage("A watch term must contain a letter or a digit.");
}
