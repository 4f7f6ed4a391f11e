using System.Text.RegularExpressions;
using Adology.Modules.Platform;

namespace Adology.Modules.Ai.TextAttributes;

/// <summary>
/// Discounts in percent (1–99): a percentage with a minus sign (<c>-30%</c>) or with a word of saving near it
/// (<c>save 30%</c>, <c>30% off</c>, <c>20 % Rabatt</c>, <c>ahorra un 25%</c>), so <c>100% cotton</c> and
/// <c>50% recycled</c> are not discounts.
/// </summary>
internal static partial class DiscountReader
{
    private const int Window = 30;

    public static List<int> Read(string text)
    {
        var discounts = new List<int>();
        try
        {
            foreach (Match match in Percent().Matches(text))
            {
                var start = Math.Max(0, match.Index - Window);
                var end = Math.Min(text.Length, match.Index + match.Length + Window);
                if (match.Groups["minus"].Success || Saving().IsMatch(text[start..end]))
                {
                    var percent = int.Parse(match.Groups["percent"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                    if (percent > 0 && !discounts.Contains(percent))
                    {
                        discounts.Add(percent);
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Copy written to make the pattern crawl: the discounts read so far.
        }

        return discounts;
    }

    [GeneratedRegex(@"(?<![\d.,])(?<minus>[-−–]\s?)?(?<percent>\d{1,2})(?:[.,]\d+)?\s?%", RegexOptions.ExplicitCapture, UntrustedText.MatchTimeoutMilliseconds)]
    private static partial Regex Percent();

    [GeneratedRegex(
        @"\b(save|saving|savings|off|discount|sale|reduced|up\s+to|sparen|spare|spart|rabatt|reduziert|nachlass|bis\s+zu|ahorra|ahorro|"
        + @"descuento|rebaja|rebajas|hasta|économisez|economisez|remise|réduction|reduction|jusqu|soldes|promo|risparmia|sconto|"
        + @"fino\s+al|saldi|poupe|economize|desconto|até|korting|bespaar|tot)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        UntrustedText.MatchTimeoutMilliseconds)]
    private static partial Regex Saving();
}
