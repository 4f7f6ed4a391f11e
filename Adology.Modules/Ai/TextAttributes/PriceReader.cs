using System.Globalization;
using System.Text.RegularExpressions;
using Adology.Modules.Platform;

namespace Adology.Modules.Ai.TextAttributes;

/// <summary>
/// Prices: an amount with a currency sign or code before or after it. A final separator followed by one or two
/// digits is the decimal point (<c>19.99</c>, <c>19,99</c>); other separators group thousands (<c>1,299.00</c>,
/// <c>1.299,00</c>, <c>1 299</c>). A bare <c>$</c> is taken for US dollars and <c>¥</c> for yen.
/// </summary>
internal static partial class PriceReader
{
    // Each currency with the ways ads write it, sign or code, spaced.
    private static readonly Dictionary<string, string> Currencies = new (string Code, string Written)[]
    {
        ("USD", "$ us$ usd dollar dollars"), ("CAD", "ca$ c$ cad"), ("AUD", "a$ au$ aud"), ("NZD", "nz$ nzd"),
        ("HKD", "hk$ hkd"), ("SGD", "s$ sgd"), ("BRL", "r$ brl"), ("MXN", "mx$ mxn"), ("EUR", "€ eur euro euros"),
        ("GBP", "£ gbp"), ("JPY", "¥ jpy"), ("INR", "₹ inr"), ("KRW", "₩ krw"), ("CHF", "chf"), ("PLN", "zł pln"),
        ("SEK", "sek"), ("NOK", "nok"), ("DKK", "dkk"),
    }.SelectMany(currency => currency.Written.Split(' ').Select(written => (Written: written, currency.Code)))
        .ToDictionary(currency => currency.Written, currency => currency.Code, StringComparer.OrdinalIgnoreCase);

    public static List<(decimal Amount, string Currency)> Read(string text)
    {
        var prices = new List<(int Index, decimal Amount, string Currency)>();
        try
        {
            foreach (Match match in Price().Matches(text))
            {
                var currency = match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value;
                var amount = match.Groups["amountBefore"].Success ? match.Groups["amountBefore"].Value : match.Groups["amountAfter"].Value;
                if (Currencies.TryGetValue(currency, out var code) && TryParse(amount, out var value))
                {
                    prices.Add((match.Index, value, code));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Copy written to make the pattern crawl (long runs of grouped digits): the prices read so far.
        }

        return [.. prices.OrderBy(price => price.Index).Select(price => (price.Amount, price.Currency))];
    }

    private static bool TryParse(string amount, out decimal value)
    {
        var fraction = Fraction().Match(amount);
        var whole = fraction.Success ? amount[..fraction.Index] : amount;
        var digits = string.Concat(whole.Where(char.IsAsciiDigit));
        var number = fraction.Success ? $"{digits}.{fraction.Groups[1].Value}" : digits;
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private const string Amount = @"\d{1,3}(?:[.,'\u00A0\u202F ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?";
    private const string Sign = @"US\$|CA\$|AU\$|NZ\$|HK\$|MX\$|[CAS]\$|R\$|\$|€|£|¥|₹|₩|zł";
    private const string Code = @"USD|CAD|AUD|NZD|HKD|SGD|BRL|MXN|EUR|GBP|JPY|INR|KRW|CHF|PLN|SEK|NOK|DKK";

    [GeneratedRegex(
        @"(?:(?<before>" + Sign + @"|\b(?:" + Code + @"))\s?(?<amountBefore>" + Amount + @")(?![\d])"
        + @"|(?<![\d.,])(?<amountAfter>" + Amount + @")\s?(?<after>" + Sign + @"|(?:" + Code + @"|euros?|dollars?)\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        UntrustedText.MatchTimeoutMilliseconds)]
    private static partial Regex Price();

    [GeneratedRegex(@"[.,](\d{1,2})$")]
    private static partial Regex Fraction();
}
