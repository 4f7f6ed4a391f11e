namespace Adology.Modules.Contracts;

/// <summary>
/// What an ad's copy says: its call to action normalised (<c>shop now</c>, …), the prices it quotes and their
/// currency (ISO 4217), the discounts in percent, its language (ISO 639-1), and the names of the content rules
/// it breaks (scam wording and the like); each null or empty when the copy does not tell.
/// </summary>
public sealed record CreativeAttributes(
    string? CallToAction,
    IReadOnlyList<decimal> Prices,
    string? Currency,
    IReadOnlyList<int> DiscountPercents,
    string? Language,
    IReadOnlyList<string> Flags)
{
    public static CreativeAttributes None { get; } = new(null, [], null, [], null, []);

    public bool Flagged => Flags.Count > 0;
}
