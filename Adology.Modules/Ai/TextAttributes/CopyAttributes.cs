namespace Adology.Modules.Ai.TextAttributes;

/// <summary>
/// What an ad's text says in figures: its call to action normalised (<c>shop now</c>, <c>learn more</c>, …), the
/// prices it quotes in order of appearance, their currency (ISO 4217, of the most quoted), the discounts it
/// offers in percent, and its language (ISO 639-1), each null or empty when the text does not tell.
/// </summary>
internal sealed record CopyAttributes(
    string? CallToAction,
    IReadOnlyList<decimal> Prices,
    string? Currency,
    IReadOnlyList<int> DiscountPercents,
    string? Language);
