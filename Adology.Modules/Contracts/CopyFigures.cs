namespace Adology.Modules.Contracts;

/// <summary>
/// What the brand's copy says, counted over its creatives: calls to action (<c>none</c> without one), languages
/// (<c>unknown</c> when not told), creatives quoting prices or discounts, creatives breaking a content rule
/// (<paramref name="Flagged"/>) and how often each rule is broken (<paramref name="Flags"/>).
/// </summary>
public sealed record CopyFigures(
    IReadOnlyDictionary<string, int> CallsToAction,
    IReadOnlyDictionary<string, int> Languages,
    int WithPrices,
    int WithDiscounts,
    int Flagged,
    IReadOnlyDictionary<string, int> Flags);
