namespace Adology.Modules.Ai.TextAttributes;

/// <summary>Reads <see cref="CopyAttributes"/> from an ad's headline, body and call-to-action text.</summary>
internal static class CopyReader
{
    /// <summary>An ad's copy is a few hundred characters; past this, what a feed sends is not read for attributes.</summary>
    public const int MaxCopyLength = 10_000;

    public static CopyAttributes Extract(string? headline, string? body, string? callToAction)
    {
        var copy = string.Join('\n', new[] { headline, body, callToAction }.Where(text => !string.IsNullOrWhiteSpace(text)));
        var all = copy.Length > MaxCopyLength ? copy[..MaxCopyLength] : copy;
        var prices = PriceReader.Read(all);
        return new CopyAttributes(
            CallsToAction.Find(callToAction, body, headline),
            [.. prices.Select(price => price.Amount).Distinct()],
            prices.GroupBy(price => price.Currency).OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault(),
            DiscountReader.Read(all),
            LanguageGuess.Of(all));
    }
}
